using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Council.Invites;

/// <summary>
/// /council/invites/{id} (admins): one invitation, and withdrawing it. Found through the tenancy filter only, so another
/// council's invitation id is simply "not found".
/// </summary>
public sealed class DetailModel(RoleMapperDbContext db, TimeProvider clock) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;
    public InvitationState State { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (State == InvitationState.Pending)
        {
            Invitation.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        return LocalRedirect("/council/users");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null)
        {
            return false;
        }
        (Invitation, State) = (invitation, invitation.StateAt(clock.GetUtcNow().UtcDateTime));
        return true;
    }
}
