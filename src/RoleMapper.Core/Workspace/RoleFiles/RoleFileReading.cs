using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>Configuration section "RoleFiles".</summary>
public sealed class RoleFileOptions
{
    public const string Section = "RoleFiles";

    /// <summary>Role files read at once by this process; more wait for none of them and are told to try again shortly.</summary>
    public int MaxReadsAtOnce { get; set; } = 2;

    /// <summary>Role files read at once for one council in this process.</summary>
    public int MaxReadsAtOncePerCouncil { get; set; } = 1;
}

/// <summary>
/// Reads a council's role file (<see cref="RoleFileReader"/>) when there is room: at most
/// <see cref="RoleFileOptions.MaxReadsAtOnce"/> files at once in this process and
/// <see cref="RoleFileOptions.MaxReadsAtOncePerCouncil"/> for one council. A read costs tens of megabytes for a
/// short while (docs/role-import.md), so this bounds what uploads can take from a node. Above the limits the preview
/// says "try again shortly" and nothing is read; nobody waits in a queue, so a burst of uploads cannot pile up.
/// Each web node counts its own reads: memory is per node, so that is the bound that matters (docs/adr/0007).
/// </summary>
public sealed class RoleFileReading : IDisposable
{
    private readonly PartitionedRateLimiter<int> limiter;

    public RoleFileReading(IOptions<RoleFileOptions> options)
    {
        var o = options.Value;
        limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<int, int>(_ => RateLimitPartition.GetConcurrencyLimiter(0, _ => Limit(o.MaxReadsAtOnce))),
            PartitionedRateLimiter.Create<int, int>(council => RateLimitPartition.GetConcurrencyLimiter(council, _ => Limit(o.MaxReadsAtOncePerCouncil))));
    }

    /// <summary>
    /// As <see cref="RoleFileReader.Read"/> for the council <paramref name="councilId"/>, or a preview saying to try again
    /// shortly (<see cref="RoleFilePreview.TryAgainShortly"/>) when the limits are reached.
    /// </summary>
    public RoleFilePreview Read(int councilId, Stream content, string fileName)
    {
        using var lease = limiter.AttemptAcquire(councilId);
        return lease.IsAcquired ? RoleFileReader.Read(content, fileName) : RoleFilePreview.Busy(fileName);
    }

    public void Dispose() => limiter.Dispose();

    private static ConcurrencyLimiterOptions Limit(int permits) => new() { PermitLimit = Math.Max(1, permits), QueueLimit = 0 };
}
