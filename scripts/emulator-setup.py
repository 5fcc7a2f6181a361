"""Creates the emulator's IAM world for the end-to-end tests, then turns IAM enforcement on.

Run by scripts/emulator.mjs with the emulator venv's Python (boto3 comes with moto):
    python emulator-setup.py http://127.0.0.1:PORT < world.json > keys.json

world.json: {"users": {name: {"canAssume": bool}}, "roles": {name: {"trust": [user, ...],
"externalId": str?}}}. Every user gets one access key; a user with canAssume may call
sts:AssumeRole on any role (its identity policy), and a role trusts exactly the users it lists,
with an sts:ExternalId condition when externalId is set. "sessions": {name: {"user", "role"}}
are temporary credentials that user gets for that role (sts:AssumeRole) before enforcement starts.

Prints {"account": id, "users": {name: {"arn", "accessKeyId", "secretAccessKey"}}, "roles":
{name: arn}, "sessions": {name: {"arn", "accessKeyId", "secretAccessKey", "sessionToken"}}}. The emulator's keys are worthless outside it, but are still never printed to a log:
the caller keeps them in memory and hands them to the backend only.
"""

import json
import sys
import urllib.request

import boto3

# moto's default account; its keys are accepted unchecked until enforcement starts.
SETUP_KEY = {"aws_access_key_id": "AKIASETUPONLY0000000", "aws_secret_access_key": "setup-only-not-a-secret"}


def main() -> None:
    url = sys.argv[1]
    world = json.load(sys.stdin)
    iam = boto3.client("iam", endpoint_url=url, region_name="us-east-1", **SETUP_KEY)
    sts = boto3.client("sts", endpoint_url=url, region_name="us-east-1", **SETUP_KEY)
    account = sts.get_caller_identity()["Account"]

    users = {}
    for name, spec in world["users"].items():
        arn = iam.create_user(UserName=name)["User"]["Arn"]
        key = iam.create_access_key(UserName=name)["AccessKey"]
        if spec.get("canAssume"):
            iam.put_user_policy(
                UserName=name,
                PolicyName="assume-any-role",
                PolicyDocument=json.dumps(
                    {
                        "Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}],
                    }
                ),
            )
        users[name] = {"arn": arn, "accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"]}

    roles = {}
    for name, spec in world["roles"].items():
        statement = {
            "Effect": "Allow",
            # moto matches a trust policy's principal against the caller's exact ARN (or "*"):
            # an account root ARN is not expanded to the account's users as AWS does.
            "Principal": {"AWS": [users[u]["arn"] for u in spec["trust"]]},
            "Action": "sts:AssumeRole",
        }
        if spec.get("externalId"):
            statement["Condition"] = {"StringEquals": {"sts:ExternalId": spec["externalId"]}}
        trust = json.dumps({"Version": "2012-10-17", "Statement": [statement]})
        roles[name] = iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust)["Role"]["Arn"]

    # Temporary credentials (an ASIA key and its session token), as a user would paste them from
    # the AWS console or `aws sts assume-role`: the session belongs to the role, not to the user.
    sessions = {}
    for name, spec in world.get("sessions", {}).items():
        user = users[spec["user"]]
        caller = boto3.client(
            "sts",
            endpoint_url=url,
            region_name="us-east-1",
            aws_access_key_id=user["accessKeyId"],
            aws_secret_access_key=user["secretAccessKey"],
        )
        answer = caller.assume_role(RoleArn=roles[spec["role"]], RoleSessionName=name)
        credentials = answer["Credentials"]
        sessions[name] = {
            "arn": answer["AssumedRoleUser"]["Arn"],
            "accessKeyId": credentials["AccessKeyId"],
            "secretAccessKey": credentials["SecretAccessKey"],
            "sessionToken": credentials["SessionToken"],
        }

    # From now on every request is authenticated (known key, valid signature) and authorized
    # (identity policy, and the trust policy for sts:AssumeRole): moto's INITIAL_NO_AUTH_ACTION_COUNT
    # set to 0 through its control API, which also resets its request counter.
    # A plain-text body: a form content type would leave moto's request.data empty.
    request = urllib.request.Request(
        f"{url}/moto-api/reset-auth", data=b"0", method="POST", headers={"Content-Type": "text/plain"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()

    json.dump({"account": account, "users": users, "roles": roles, "sessions": sessions}, sys.stdout)


if __name__ == "__main__":
    main()
