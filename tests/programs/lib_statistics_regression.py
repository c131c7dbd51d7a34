# statistics.covariance, correlation and linear_regression on study-hours vs exam-score data: a fitted line, predictions, residuals and the errors for bad inputs
import statistics
from statistics import correlation, covariance, linear_regression, StatisticsError

hours = [1, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10]
scores = [52, 55, 61, 60, 68, 71, 75, 83, 84, 95]
print(f"cov={covariance(hours, scores):.6f} r={correlation(hours, scores):.6f}")
fit = linear_regression(hours, scores)
print(fit, fit.slope == fit[0], type(fit).__name__)
for h in (0, 5, 12):
    print(f"predicted score for {h:>2} h: {fit.slope * h + fit.intercept:.2f}")
residuals = [s - (fit.slope * h + fit.intercept) for h, s in zip(hours, scores)]
print([round(r, 3) for r in residuals], round(sum(residuals), 9))
print(linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(correlation(range(10), [x * x for x in range(10)]), correlation([1, 2, 3], [3, 2, 1]), covariance([1, 2, 3, 4], [1, 1, 1, 1]))
print(statistics.correlation([1.5, 2.5, 3.5], [10, 20, 31]), statistics.covariance([2, 4, 6], [1, 3, 2]))
for args in [([1, 2], [1]), ([1], [2]), ([1, 1, 1], [1, 2, 3]), ([], [])]:
    for fn in (covariance, correlation, linear_regression):
        try:
            print(fn.__name__, fn(*args))
        except StatisticsError as e:
            print(fn.__name__, "StatisticsError:", e)
