using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Council.Users;

/// <summary>
/// /council/users (admins): the people in the council, the invitations not yet used, and the people who registered the
/// council after it had an account and ask to join, whom an admin accepts or declines here.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, TimeProvider clock, CouncilRegistration registration) : PageModel
{
    public sealed record PersonRow(string Id, string Email, CouncilRole Role, DateTime JoinedUtc);
    public sealed record InvitationRow(int Id, string Email, CouncilRole Role, DateTime ExpiresUtc);

    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public IReadOnlyList<JoinRequest> JoinRequests { get; private set; } = [];
    public string CurrentUserId { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        CurrentUserId = membership.UserId;
        // People are Identity users, which sign-in must find across councils, so they carry no tenancy filter:
        // every query of them names the organisation.
        People = await db.Users.AsNoTracking().Where(u => u.OrganisationId == membership.OrganisationId)
            .OrderBy(u => u.Email).Select(u => new PersonRow(u.Id, u.Email!, u.CouncilRole, u.CreatedUtc)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedUtc == null && i.RevokedUtc == null && i.ExpiresUtc > now)
            .OrderBy(i => i.ExpiresUtc).Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.ExpiresUtc)).ToListAsync(ct);
        JoinRequests = await registration.PendingJoinRequestsAsync(membership.OrganisationId!.Value, ct);
    }

    public Task<IActionResult> OnPostAcceptAsync(int requestId, CancellationToken ct) => AnswerAsync(requestId, accept: true, ct);

    public Task<IActionResult> OnPostDeclineAsync(int requestId, CancellationToken ct) => AnswerAsync(requestId, accept: false, ct);

    private async Task<IActionResult> AnswerAsync(int requestId, bool accept, CancellationToken ct)
    {
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        // Another council's request, or one answered already, is simply not there.
        return await registration.AnswerJoinRequestAsync(membership.OrganisationId!.Value, requestId, accept, membership.Email, ct)
            ? RedirectToPage()
            : NotFound();
    }
}
