using MimeKit;
using netDumbster.smtp;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A real SMTP server in the test process (netDumbster, on a free loopback port) and the messages it has received,
/// parsed with MimeKit. Tests wait for a message to arrive, never for time to pass.
/// </summary>
public sealed class Mailbox : IDisposable
{
    /// <summary>Only a guard against a test hanging for ever when no message comes: nothing waits this long when the app works.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    private readonly SimpleSmtpServer server = SimpleSmtpServer.Start();
    private readonly List<MimeMessage> received = [];
    private TaskCompletionSource arrived = NewSignal();

    public Mailbox() => server.MessageReceived += (_, e) =>
    {
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Message.Data)));
        lock (received)
        {
            received.Add(message);
            arrived.TrySetResult();
            arrived = NewSignal();
        }
    };

    public int Port => server.Configuration.Port;

    /// <summary>Every message received so far to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address)
    {
        lock (received)
        {
            return received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
        }
    }

    /// <summary>Waits for the <paramref name="count"/>th message to <paramref name="address"/> and returns it.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, int count = 1)
    {
        using var giveUp = new CancellationTokenSource(GiveUpAfter);
        while (true)
        {
            Task next;
            lock (received)
            {
                if (To(address) is { } messages && messages.Count >= count)
                {
                    return messages[count - 1];
                }
                next = arrived.Task;
            }
            await next.WaitAsync(giveUp.Token);
        }
    }

    public void Dispose() => server.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
