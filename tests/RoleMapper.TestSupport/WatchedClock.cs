using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace RoleMapper.TestSupport;

/// <summary>
/// A fake clock that tells the test each time code starts waiting on it (a timer, a Task.Delay, a timeout), so the test
/// moves time only once the code is waiting, and learns how long the code meant to wait: no sleeps, no wall clock.
/// </summary>
public sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// The due time of the next wait started on this clock that <paramref name="matches"/> (any, by default), once some
    /// code has started it. Timers made to be set later (an infinite due time, as a pooled timeout's) and waits that do
    /// not match are passed over.
    /// </summary>
    public async Task<TimeSpan> NextWaitAsync(Func<TimeSpan, bool>? matches = null)
    {
        await foreach (var wait in waits.Reader.ReadAllAsync())
        {
            if (wait >= TimeSpan.Zero && (matches?.Invoke(wait) ?? true))
            {
                return wait;
            }
        }
        throw new InvalidOperationException("The clock stopped reporting timers.");
    }
}
