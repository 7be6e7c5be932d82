namespace RoleMapper.Core.Jobs;

/// <summary>
/// A row that says "this job is running, on this holder, until this time". It lives in the database so it works
/// across processes and web nodes (the CLI, several app instances on PostgreSQL), which an in-process lock cannot.
/// The expiry lets a crashed holder's lease lapse instead of blocking the job for ever.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime AcquiredUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
}
