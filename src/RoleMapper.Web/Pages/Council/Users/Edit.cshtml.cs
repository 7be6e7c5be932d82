using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Council.Users;

/// <summary>
/// /council/users/{id} (admins): change a colleague's role or remove them. A person of another council is "not found".
/// The council always keeps at least one admin: the check and the change run in one transaction that first locks the
/// council's row, so two admins demoting each other at the same moment cannot both succeed. An admin can also make a
/// colleague a one-time password reset link, shown once to hand over, as invitations are (works with no email server).
/// </summary>
public sealed class EditModel(RoleMapperDbContext db, UserManager<CouncilUser> users, PasswordResets resets,
    Microsoft.Extensions.Options.IOptions<PasswordResetOptions> resetOptions) : PageModel
{
    [BindProperty] public CouncilRole? Role { get; set; }

    public CouncilUser Person { get; private set; } = null!;
    public bool IsYou { get; private set; }
    /// <summary>A reset link just made, shown this once; RoleMapper keeps only its hash.</summary>
    public string? ResetLink { get; private set; }
    public DateTime ResetLinkExpiresUtc { get; private set; }
    public TimeSpan AdminLinkLifetime => resetOptions.Value.AdminLinkLifetime;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Role = Person.CouncilRole;
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Role is not { } role || !ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Role), "Select a role");
            return Page();
        }
        return await ChangeAsync(Person.CouncilRole == CouncilRole.Admin && role != CouncilRole.Admin, async () =>
        {
            Person.CouncilRole = role;
            await db.SaveChangesAsync(ct);
        }, ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (IsYou)
        {
            ModelState.AddModelError("", "You cannot remove yourself. Ask another admin to do it.");
            return Page();
        }
        return await ChangeAsync(Person.CouncilRole == CouncilRole.Admin, async () =>
        {
            var deleted = await users.DeleteAsync(Person);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException(string.Join(' ', deleted.Errors.Select(e => e.Description)));
            }
        }, ct);
    }

    public async Task<IActionResult> OnPostResetLinkAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Role = Person.CouncilRole;
        if (IsYou)
        {
            ModelState.AddModelError("", "You know your own password. To change it, sign out and use \"Forgotten your password?\", or ask another admin.");
            return Page();
        }
        var (token, expiresUtc) = await resets.CreateAsync(Person, HttpContext.Features.Get<CouncilMembership>()!.UserId, ct);
        (ResetLink, ResetLinkExpiresUtc) = (Url.Page("/Account/ResetPassword", pageHandler: null, values: new { token }, protocol: Request.Scheme), expiresUtc);
        return Page();
    }

    private async Task<IActionResult> ChangeAsync(bool losesAdmin, Func<Task> change, CancellationToken ct)
    {
        var organisationId = Person.OrganisationId!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A no-op write that takes the council's row lock (PostgreSQL) or the write lock (SQLite) before counting.
        await db.Organisations.Where(o => o.Id == organisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, o => o.Name), ct);
        if (losesAdmin && await db.Users.CountAsync(u => u.OrganisationId == organisationId && u.CouncilRole == CouncilRole.Admin, ct) <= 1)
        {
            ModelState.AddModelError("", $"{Person.Email} is the only admin. Make someone else an admin first.");
            Role = CouncilRole.Admin;
            return Page();
        }
        await change();
        await transaction.CommitAsync(ct);
        // Someone who is no longer an admin cannot see the people page any more.
        return LocalRedirect(IsYou && losesAdmin ? "/council" : "/council/users");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.OrganisationId == membership.OrganisationId, ct);
        if (person is null)
        {
            return false;
        }
        (Person, IsYou) = (person, person.Id == membership.UserId);
        return true;
    }
}
