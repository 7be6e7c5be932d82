using Microsoft.EntityFrameworkCore;

namespace RoleMapper.Core.Data;

/// <summary>
/// One transaction for a use case's saves, with EF Core's own API only (no SQL of any one database). A provider set up
/// with a retrying execution strategy (Npgsql's EnableRetryOnFailure) refuses a transaction the app opens itself unless
/// it runs inside that strategy; whoever turns retries on must wrap <see cref="InTransactionAsync{T}"/> in it.
/// </summary>
public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in the context's open transaction, or else in a new one committed when it ends, so
    /// use cases compose: importing an upload adds its roles inside the upload's transaction. When the work fails, the
    /// new transaction rolls back and the context forgets what it had tracked, since none of it was kept.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this RoleMapperDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
