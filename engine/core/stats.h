#pragma once
// Small statistics used by several metrics; each ignores NaN samples pairwise.
#include "model/snapshot.h"

#include <vector>

namespace fd {

// Pearson correlation of paired samples; NaN when fewer than minN pairs or no variance.
double pearson(const std::vector<double> &x, const std::vector<double> &y, int minN = 3, int *nOut = nullptr);

// Log returns of consecutive samples (NaN where either side is missing).
std::vector<double> logReturns(const std::vector<double> &prices);

// Percentile rank (0–100) of x among samples (share of samples ≤ x).
double percentileRank(const std::vector<double> &samples, double x);

// METRICS.md §0 arrows: z-score against history when it has ≥ minSamples,
// else the metric's own fixed steps (|x| < s1 →, < s2 ↑, < s3 ↑↑, else ↑↑↑).
Arrow arrowFor(double x, const std::vector<double> &history, int minSamples, double s1, double s2, double s3);

// Least-squares slope of y against sample index; NaN with fewer than 2 samples.
double slope(const std::vector<double> &y);

// The 1, 2 or 5 × 10^k value nearest to `target` in log scale (cluster steps).
double niceStep(double target);

} // namespace fd
