namespace RoleMapper.Core.Accounts;

/// <summary>
/// A one-time link to choose a new password: sent by email when the person asks (<c>/account/forgot-password</c>), or
/// made by their council's admin to hand over. As with invitations, only the SHA-256 of the link's token is stored.
/// Not council-owned data: it belongs to the person (sector staff have no council), and is deleted with them.
/// </summary>
public sealed class PasswordReset
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string TokenHash { get; set; }
    /// <summary>The admin who made the link; null when it was sent by email at the person's request.</summary>
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? UsedUtc { get; set; }
    /// <summary>When the password was changed with another link, which ends every other one.</summary>
    public DateTime? CancelledUtc { get; set; }

    public PasswordResetState StateAt(DateTime nowUtc) =>
        UsedUtc is not null ? PasswordResetState.Used
        : CancelledUtc is not null ? PasswordResetState.Cancelled
        : ExpiresUtc <= nowUtc ? PasswordResetState.Expired
        : PasswordResetState.Pending;
}

public enum PasswordResetState
{
    Pending,
    Used,
    Cancelled,
    Expired,
}
