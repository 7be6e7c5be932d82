namespace RoleMapper.Core.Email;

/// <summary>Sends one plain-text email. Registered only when an SMTP server is configured (<see cref="EmailOptions.IsOn"/>).</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string text, CancellationToken ct);
}
