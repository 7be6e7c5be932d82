namespace RoleMapper.Core.Jobs;

/// <summary>
/// A row that says "this job is running, on this holder, until this time". It lives in the database so it works
/// across processes and web nodes (the CLI, several app instances on PostgreSQL), which an in-process lock cannot.
/// The holder renews the expiry as it works; a holder that died stops renewing, so its lease lapses instead of
/// blocking the job for ever. A released lease keeps its row, expired.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime AcquiredUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }

    /// <summary>The holder as a person reads it: "web-2, process 4711" from "web-2:4711:{run's own id}".</summary>
    public string Describe() => Holder.Split(':') is [var machine, var process, ..] ? $"{machine}, process {process}" : Holder;
}
