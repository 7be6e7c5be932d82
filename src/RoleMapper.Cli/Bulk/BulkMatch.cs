using System.Collections.Concurrent;
using System.Diagnostics;
using RoleMapper.Core.Matching;

namespace RoleMapper.Cli.Bulk;

/// <summary>A row of the input and what the matcher made of it.</summary>
internal sealed record MatchedRow(TitleRow Row, MatchResult Result);

/// <summary>
/// Matches many titles on every core, each distinct title once, keeping the input order. Reports progress through a
/// callback at most every half second, so a long file shows it is moving.
/// </summary>
internal static class BulkMatch
{
    public static MatchedRow[] Run(IStandardMatcher matcher, IReadOnlyList<TitleRow> rows, MatchOptions options, Action<int, int>? progress, CancellationToken ct)
    {
        var results = new MatchedRow[rows.Count];
        var seen = new ConcurrentDictionary<string, MatchResult>(StringComparer.Ordinal);
        var done = 0;
        var clock = Stopwatch.StartNew();
        var lastReport = 0L;
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var row = rows[i];
            results[i] = new MatchedRow(row, seen.GetOrAdd(row.Title, title => matcher.Match(title, options)));
            var count = Interlocked.Increment(ref done);
            var now = clock.ElapsedMilliseconds;
            var last = Interlocked.Read(ref lastReport);
            if (progress is not null && now - last >= 500 && Interlocked.CompareExchange(ref lastReport, now, last) == last)
            {
                progress(count, rows.Count);
            }
        });
        progress?.Invoke(rows.Count, rows.Count);
        return results;
    }
}
