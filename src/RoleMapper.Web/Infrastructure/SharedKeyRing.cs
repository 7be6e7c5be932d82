using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Jobs;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Makes the first data protection key before the node serves, one node at a time (docs/adr/0004). Left to itself each
/// node makes a key at start when the database has none, so nodes starting together on a new database could each make
/// their own, sign cookies and form tokens with it, and read the others' only while they happened to reload the key ring
/// (within two minutes of starting, or once a day): a person moving between nodes would be signed out. Under a lease,
/// the first node makes the key and the others, finding it there, use it.
/// </summary>
public sealed class SharedKeyRing(IKeyManager keys, IOptions<KeyManagementOptions> options, JobLeaseStore leases, TimeProvider clock,
    ILogger<SharedKeyRing> logger)
{
    public const string LeaseName = "data-protection-keys";

    /// <summary>How long a node waits before looking again while another node makes the key (a few milliseconds' work).</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);

    public async Task EnsureKeyAsync(CancellationToken ct = default)
    {
        while (!HasUsableKey())
        {
            await using (var lease = await leases.TryAcquireAsync(LeaseName, TimeSpan.FromMinutes(1), ct))
            {
                if (lease is not null)
                {
                    if (!HasUsableKey())
                    {
                        var now = clock.GetUtcNow();
                        var key = keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
                        logger.LogInformation("Made the first data protection key {KeyId}, shared by every node", key.KeyId);
                    }
                    return;
                }
            }
            await Task.Delay(Retry, clock, ct);
        }
    }

    /// <summary>Read from the database each time, not from this node's cached key ring.</summary>
    private bool HasUsableKey()
    {
        var now = clock.GetUtcNow();
        return keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now);
    }
}
