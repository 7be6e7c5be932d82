using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Accounts;

/// <summary>A council as the sector team's list shows it.</summary>
public sealed record SectorCouncilRow(int Id, string Name, string? OnsCode, OrganisationType Type, EnglishRegion Region,
    OrganisationStatus Status, DateTime CreatedUtc, int People, int PendingJoinRequests);

/// <summary>A person of a council, or someone waiting to join it, for the sector team's hand-over.</summary>
public sealed record SectorCouncilPerson(string Email, string Standing, DateTime SinceUtc);

/// <summary>The sector team's page of one council: who is in it, who is waiting, and its log, newest first.</summary>
public sealed record SectorCouncilDetail(SectorCouncilRow Council, IReadOnlyList<SectorCouncilPerson> People, IReadOnlyList<CouncilLogEntry> Log);

/// <summary>
/// The sector team's (the LGA's) check of who registered which council: it sees new councils first, verifies a real
/// one (only verified councils count in sector figures), suspends a false claim (its people lose the workspace), and
/// hands a council to the right admin. Every action is logged with who did it and when.
/// </summary>
public sealed class SectorCouncils(RoleMapperDbContext db, TimeProvider clock)
{
    public enum HandOver
    {
        HandedOver,
        NoSuchCouncil,
        NotOfThisCouncil,
    }

    /// <summary>Every council, those waiting for a check first, then the newest.</summary>
    public Task<List<SectorCouncilRow>> ListAsync(CancellationToken ct) =>
        Rows(db.Organisations.OrderBy(o => o.Status == OrganisationStatus.Verified).ThenByDescending(o => o.CreatedUtc).ThenBy(o => o.Id))
            .ToListAsync(ct);

    public async Task<SectorCouncilDetail?> DetailAsync(int id, CancellationToken ct)
    {
        if (await Rows(db.Organisations.Where(o => o.Id == id)).SingleOrDefaultAsync(ct) is not { } council)
        {
            return null;
        }
        var people = await db.Users.AsNoTracking().Where(u => u.OrganisationId == id).OrderBy(u => u.Email)
            .Select(u => new SectorCouncilPerson(u.Email!, u.CouncilRole == CouncilRole.Admin ? "Admin" : "Member", u.CreatedUtc)).ToListAsync(ct);
        var waiting = await db.JoinRequests.AsNoTracking().Where(r => r.OrganisationId == id && r.DecidedUtc == null && r.UserId != null)
            .OrderBy(r => r.CreatedUtc).Select(r => new SectorCouncilPerson(r.Email, "Asked to join", r.CreatedUtc)).ToListAsync(ct);
        var log = await db.CouncilLog.AsNoTracking().Where(e => e.OrganisationId == id)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).ToListAsync(ct);
        return new SectorCouncilDetail(council, [.. people, .. waiting], log);
    }

    private IQueryable<SectorCouncilRow> Rows(IQueryable<Organisation> councils) =>
        councils.AsNoTracking().Select(o => new SectorCouncilRow(o.Id, o.Name, o.OnsCode, o.Type, o.Region, o.Status, o.CreatedUtc,
            db.Users.Count(u => u.OrganisationId == o.Id),
            db.JoinRequests.Count(r => r.OrganisationId == o.Id && r.DecidedUtc == null && r.UserId != null)));

    /// <summary>Checked: the council counts in sector figures from now on (a suspended one is restored). False if none.</summary>
    public Task<bool> VerifyAsync(int id, string byEmail, CancellationToken ct) =>
        SetStatusAsync(id, OrganisationStatus.Verified, CouncilLogAction.Verified, byEmail, null, ct);

    /// <summary>A false claim: out of the sector figures, and its people cannot open the workspace. False if none.</summary>
    public Task<bool> SuspendAsync(int id, string byEmail, string? reason, CancellationToken ct) =>
        SetStatusAsync(id, OrganisationStatus.Suspended, CouncilLogAction.Suspended, byEmail, reason, ct);

    private async Task<bool> SetStatusAsync(int id, OrganisationStatus status, CouncilLogAction action, string byEmail, string? detail, CancellationToken ct)
    {
        var council = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (council is null)
        {
            return false;
        }
        var was = council.Status;
        council.Status = status;
        var because = string.IsNullOrWhiteSpace(detail) ? "" : $": {detail.Trim()}";
        db.Log(id, byEmail, action, $"was {was.Display().ToLowerInvariant()}{because}", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Makes <paramref name="email"/>, a person of the council or someone waiting to join it, the council's admin, and
    /// every other admin a member, so the right person decides who stays. The new admin can then remove the others.
    /// </summary>
    public async Task<HandOver> HandOverAsync(int id, string email, string byEmail, CancellationToken ct) =>
        await db.InTransactionAsync(async () =>
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == id, ct))
            {
                return HandOver.NoSuchCouncil;
            }
            var normalized = email.Trim().ToUpperInvariant();
            var person = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            var waiting = person is null ? null : await db.JoinRequests
                .Where(r => r.OrganisationId == id && r.DecidedUtc == null && r.UserId == person.Id).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
            if (person is null || (person.OrganisationId != id && waiting is null))
            {
                return HandOver.NotOfThisCouncil;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (waiting is not null)
            {
                (waiting.DecidedUtc, waiting.DecidedByEmail, waiting.Accepted) = (now, byEmail, true);
            }
            var others = await db.Users.Where(u => u.OrganisationId == id && u.CouncilRole == CouncilRole.Admin && u.Id != person.Id).ToListAsync(ct);
            others.ForEach(u => u.CouncilRole = CouncilRole.Member);
            person.OrganisationId = id;
            person.CouncilRole = CouncilRole.Admin;
            db.Log(id, byEmail, CouncilLogAction.HandedOver,
                $"to {person.Email}; {others.Count} other {(others.Count == 1 ? "admin" : "admins")} made {(others.Count == 1 ? "a member" : "members")}", now);
            await db.SaveChangesAsync(ct);
            return HandOver.HandedOver;
        }, ct);
}
