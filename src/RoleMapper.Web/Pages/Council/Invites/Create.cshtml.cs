using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Council.Invites;

/// <summary>
/// /council/invites/new (admins): makes an invitation and shows its link once, to copy into an email (there is no mail
/// server). Only the token's hash is saved, so the link cannot be shown again: a lost link means a new invitation.
/// </summary>
public sealed class CreateModel(RoleMapperDbContext db, UserManager<CouncilUser> users, TimeProvider clock) : PageModel
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    [BindProperty] public InviteInput Input { get; set; } = new();

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter your colleague's email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@council.gov.uk")]
        [StringLength(AccountRules.MaxEmailLength, ErrorMessage = "Enter an email address of {1:N0} characters or fewer")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Select a role")]
        public CouncilRole? Role { get; set; } = CouncilRole.Member;
    }

    public string? Link { get; private set; }
    public DateTime ExpiresUtc { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await users.FindByEmailAsync(Input.Email.Trim()) is not null)
        {
            ModelState.AddModelError("Input.Email", "There is already a RoleMapper account for this email address.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (token, hash) = InviteToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Email = Input.Email.Trim(), Role = Input.Role!.Value, TokenHash = hash,
            CreatedByUserId = HttpContext.Features.Get<CouncilMembership>()!.UserId, CreatedUtc = now, ExpiresUtc = now + Lifetime,
        };
        // OrganisationId is left for the context to stamp with the signed-in council.
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        Link = Url.Page("/Account/AcceptInvite", pageHandler: null, values: new { token }, protocol: Request.Scheme);
        ExpiresUtc = invitation.ExpiresUtc;
        return Page();
    }
}
