// Small statistics for benchmark samples: medians, quartiles and a bootstrap interval.

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return NaN;
  }
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Median with the interquartile range, the spread the tables show. */
export function summarize(values) {
  return { n: values.length, median: median(values), p25: quantile(values, 0.25), p75: quantile(values, 0.75) };
}

// A fixed seed: the same samples always give the same interval.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const resample = (values, rand) => values.map(() => values[Math.floor(rand() * values.length)]);

/** 90% bootstrap interval of median(a) / median(b). */
export function ratioInterval(a, b, rounds = 1000) {
  const rand = random(42);
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    ratios.push(median(resample(a, rand)) / median(resample(b, rand)));
  }
  return { lo: quantile(ratios, 0.05), hi: quantile(ratios, 0.95) };
}
