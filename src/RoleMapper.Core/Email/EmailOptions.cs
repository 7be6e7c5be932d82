namespace RoleMapper.Core.Email;

/// <summary>
/// Configuration section "Email". With no <c>Email:Smtp:Host</c> the app sends no email at all: no mail sender is
/// registered, and people who forget their password ask their council's admin for a reset link.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// The site's public address (e.g. https://rolemapper.example.gov.uk) for links in emails. Without it a link uses the
    /// address the request came to, which a deployment must then restrict with AllowedHosts, or a forged Host header
    /// could send someone a link to another site.
    /// </summary>
    public string? SiteUrl { get; set; }

    public bool IsOn => !string.IsNullOrWhiteSpace(Smtp.Host);
}

/// <summary>The SMTP server the app sends through (a council's relay, or a service such as GOV.UK Notify's SMTP).</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>Empty for a relay that takes mail without signing in.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "RoleMapper <no-reply@rolemapper.invalid>";
    /// <summary>STARTTLS is required when true (the usual on port 587); false only for a relay on a trusted network.</summary>
    public bool UseStartTls { get; set; } = true;
}
