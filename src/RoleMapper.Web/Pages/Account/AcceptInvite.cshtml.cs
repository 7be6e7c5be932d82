using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Account;

/// <summary>
/// /invite/{token}: the invited person sets a password and joins the council. The token is looked up by its hash across
/// all councils (nobody is signed in yet, so this is one of the few deliberate IgnoreQueryFilters); it is spent with a
/// conditional update inside the same transaction as the new account, so two people racing with one link cannot both join.
/// </summary>
public sealed class AcceptInviteModel(RoleMapperDbContext db, UserManager<CouncilUser> users, SignInManager<CouncilUser> signIn, TimeProvider clock)
    : PageModel
{
    [BindProperty] public NewPasswordInput Input { get; set; } = new();

    public string? Email { get; private set; }
    public string? CouncilName { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        await LoadAsync(token, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (invitation is null || !ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ScopeToOrganisation(invitation.OrganisationId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var spent = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedUtc, now), ct);
        if (spent == 0)
        {
            Problem = "This invitation has just been used.";
            return Page();
        }
        var user = new CouncilUser
        {
            UserName = invitation.Email, Email = invitation.Email, OrganisationId = invitation.OrganisationId,
            CouncilRole = invitation.Role, CreatedUtc = now,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created, "", "Input.Password");
            return Page();
        }
        await transaction.CommitAsync(ct);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/council");
    }

    private async Task<Invitation?> LoadAsync(string token, CancellationToken ct)
    {
        var hash = InviteToken.Hash(token);
        var found = await db.Invitations.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(i => i.TokenHash == hash)
            .Select(i => new { Invitation = i, CouncilName = db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).First() })
            .FirstOrDefaultAsync(ct);
        var state = found?.Invitation.StateAt(clock.GetUtcNow().UtcDateTime);
        (Problem, Response.StatusCode) = state switch
        {
            null => ("This invitation link is not valid. Check you copied all of it, or ask for a new one.", StatusCodes.Status404NotFound),
            InvitationState.Accepted => ("This invitation has already been used. Sign in instead.", StatusCodes.Status410Gone),
            InvitationState.Expired => ("This invitation has expired. Ask your council's admin for a new one.", StatusCodes.Status410Gone),
            InvitationState.Revoked => ("This invitation was withdrawn. Ask your council's admin if you think that is wrong.", StatusCodes.Status410Gone),
            _ => ((string?)null, StatusCodes.Status200OK),
        };
        if (Problem is not null || found is null)
        {
            return null;
        }
        (Email, CouncilName) = (found.Invitation.Email, found.CouncilName);
        if (await users.FindByEmailAsync(found.Invitation.Email) is not null)
        {
            Problem = "There is already an account for this email address. Sign in instead.";
            return null;
        }
        return found.Invitation;
    }
}
