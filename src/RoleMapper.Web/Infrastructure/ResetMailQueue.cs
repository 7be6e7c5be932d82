using System.Threading.Channels;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Forgot-password requests, sent one at a time off the request path. The page only queues the address, so its answer
/// and its timing are the same whether or not the address has an account: looking it up, making the link and talking
/// to the SMTP server all happen here. The queue is in each node's memory and bounded; a request lost when a node stops
/// (or refused when 1,000 wait) costs the person asking again, which the page invites.
/// Registered only when an SMTP server is configured.
/// </summary>
public sealed class ResetMailQueue(IServiceScopeFactory scopes, ILogger<ResetMailQueue> log) : BackgroundService
{
    private readonly Channel<(string Email, string LinkPrefix)> requests =
        Channel.CreateBounded<(string, string)>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues a link for <paramref name="email"/>; <paramref name="linkPrefix"/> is the link without its token.</summary>
    public void Queue(string email, string linkPrefix) => requests.Writer.TryWrite((email, linkPrefix));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (email, linkPrefix) in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<PasswordResets>().SendByEmailAsync(email, token => linkPrefix + token, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The address is personal data: the log says only that a send failed, and why.
                log.LogError(e, "A password reset email could not be sent.");
            }
        }
    }
}
