using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Data;
using RoleMapper.Core.Email;

namespace RoleMapper.Core.Accounts;

/// <summary>Configuration section "PasswordReset": how long each kind of link works.</summary>
public sealed class PasswordResetOptions
{
    public const string Section = "PasswordReset";

    /// <summary>A link sent by email: short, since a mailbox is read on many devices and kept for years.</summary>
    public TimeSpan EmailLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A link an admin makes and hands over: long enough to reach the person by phone or in person.</summary>
    public TimeSpan AdminLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>What became of an attempt to choose a new password with a link.</summary>
public sealed record PasswordResetOutcome(PasswordResetState? LinkProblem, IReadOnlyList<IdentityError> PasswordErrors)
{
    public bool Changed => LinkProblem is null && PasswordErrors.Count == 0;
}

/// <summary>A link found by its token: whose it is and whether it still works. <see cref="Email"/> is shown only while it works.</summary>
public sealed record PasswordResetLink(PasswordReset Reset, string Email, PasswordResetState State);

/// <summary>
/// Password reset links, the one home of the use case: made by email on request or by a council admin, looked up,
/// and spent once. Spending a link sets the new password, ends any lockout and cancels the person's other links, in
/// one transaction whose conditional update of the link means two tabs racing with one link cannot both succeed.
/// </summary>
public sealed class PasswordResets(RoleMapperDbContext db, UserManager<CouncilUser> users, TimeProvider clock,
    IOptions<PasswordResetOptions> options, IMailSender? mail = null)
{
    /// <summary>Makes a link for <paramref name="user"/> and returns its token, which is not stored, and when it expires.
    /// <paramref name="createdByUserId"/> is the admin who makes it, or null for one sent by email.</summary>
    public async Task<(string Token, DateTime ExpiresUtc)> CreateAsync(CouncilUser user, string? createdByUserId, CancellationToken ct)
    {
        var (token, hash) = InviteToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = createdByUserId is null ? options.Value.EmailLinkLifetime : options.Value.AdminLinkLifetime;
        db.PasswordResets.Add(new PasswordReset
        {
            UserId = user.Id, TokenHash = hash, CreatedByUserId = createdByUserId, CreatedUtc = now, ExpiresUtc = now + lifetime,
        });
        await db.SaveChangesAsync(ct);
        return (token, now + lifetime);
    }

    /// <summary>
    /// Emails a link to <paramref name="email"/> if an account has that address; does nothing for any other address.
    /// <paramref name="linkFor"/> turns a token into the full link. Called off the request (ResetMailQueue), so the
    /// person asking cannot tell from the answer or its timing which of the two happened.
    /// </summary>
    public async Task SendByEmailAsync(string email, Func<string, string> linkFor, CancellationToken ct)
    {
        if (mail is null)
        {
            throw new InvalidOperationException("No SMTP server is configured (Email:Smtp:Host), so no reset link can be emailed.");
        }
        if (await users.FindByEmailAsync(email.Trim()) is not { Email: { } address } user)
        {
            return;
        }
        var (token, _) = await CreateAsync(user, createdByUserId: null, ct);
        await mail.SendAsync(address, "Reset your RoleMapper password",
            $"""
            Someone asked to reset the password of your RoleMapper account, {address}.

            To choose a new password, open this link. It works once, for {Counted.Duration(options.Value.EmailLinkLifetime)}:
            {linkFor(token)}

            If it was not you, you can ignore this email: your password stays as it is.
            """, ct);
    }

    public async Task<PasswordResetLink?> FindAsync(string token, CancellationToken ct)
    {
        var hash = InviteToken.Hash(token);
        var found = await db.PasswordResets.AsNoTracking()
            .Where(r => r.TokenHash == hash)
            .Select(r => new { Reset = r, Email = db.Users.Where(u => u.Id == r.UserId).Select(u => u.Email).First() })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new PasswordResetLink(found.Reset, found.Email ?? "", found.Reset.StateAt(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Sets the new password with a link <see cref="FindAsync"/> found, if it still works and the password meets the rules.</summary>
    public async Task<PasswordResetOutcome> ResetAsync(PasswordResetLink link, string newPassword, CancellationToken ct)
    {
        if (link.State != PasswordResetState.Pending)
        {
            return new PasswordResetOutcome(link.State, []);
        }
        var user = await users.FindByIdAsync(link.Reset.UserId) ?? throw new InvalidOperationException("The link's account has gone.");
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, newPassword)).Errors);
        }
        if (errors.Count > 0)
        {
            return new PasswordResetOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.InTransactionAsync(async () =>
        {
            var spent = await db.PasswordResets
                .Where(r => r.Id == link.Reset.Id && r.UsedUtc == null && r.CancelledUtc == null && r.ExpiresUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedUtc, now), ct);
            if (spent == 0)
            {
                return new PasswordResetOutcome(PasswordResetState.Used, []);
            }
            await db.PasswordResets
                .Where(r => r.UserId == user.Id && r.Id != link.Reset.Id && r.UsedUtc == null && r.CancelledUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelledUtc, now), ct);
            user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            // A new security stamp signs out the person's other sessions; it also saves the fields above, in one write.
            var updated = await users.UpdateSecurityStampAsync(user);
            return updated.Succeeded
                ? new PasswordResetOutcome(null, [])
                : throw new InvalidOperationException(string.Join(' ', updated.Errors.Select(e => e.Description)));
        }, ct);
    }
}
