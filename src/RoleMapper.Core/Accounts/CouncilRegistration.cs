using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// How a council comes to use RoleMapper, in one place for the web and the command line. A council is picked from the
/// list of English councils by ONS code, with its name, type and region taken from the list. The first person to
/// register it becomes its admin and it waits, unverified, for the sector team's check; anyone after them asks to join
/// and the council's admins answer. The command line may also create a council with no people (a listed one, or with
/// <c>--unlisted</c> a body outside the list). Every step is written to the council's log.
/// </summary>
public sealed class CouncilRegistration(RoleMapperDbContext db, UserManager<CouncilUser> users, LocalAuthorityList list, TimeProvider clock)
{
    /// <summary>Who the log names for what the command line does: it runs with access to the database, not as a person.</summary>
    public const string CommandLine = "command line";

    public enum Outcome
    {
        Registered,
        JoinRequested,
        UnknownCouncil,
        AccountRefused,
    }

    /// <param name="User">The new account: the council's admin, or waiting for an answer to its join request.</param>
    /// <param name="Refusal">Why Identity refused the account (a weak password, an address already in use).</param>
    public sealed record Result(Outcome Outcome, LocalAuthority? Council, CouncilUser? User = null, IdentityResult? Refusal = null);

    /// <summary>The council a command line's NAME or ONS code names, or what is wrong with it, in one line.</summary>
    public sealed record Creation(Organisation? Council, string? Error);

    public LocalAuthorityList Councils => list;

    /// <summary>
    /// Registers the listed council <paramref name="onsCode"/> with its first admin; if someone registered it already, makes
    /// the account and a join request instead. Nothing is kept when the account is refused.
    /// </summary>
    public async Task<Result> RegisterAsync(string? onsCode, string email, string password, CancellationToken ct)
    {
        if (list.ByOnsCode(onsCode) is not { } council)
        {
            return new Result(Outcome.UnknownCouncil, null);
        }
        email = email.Trim();
        // Two people registering the same council at once: the unique index lets one in, the other asks to join.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(() => RegisterOnceAsync(council, email, password, ct), ct);
            }
            catch (AccountRefusedException refused)
            {
                return new Result(Outcome.AccountRefused, council, Refusal: refused.Result);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && attempt == 1)
            {
            }
        }
    }

    private async Task<Result> RegisterOnceAsync(LocalAuthority council, string email, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await FindAsync(council, ct);
        var organisation = existing ?? new Organisation
        {
            Name = council.Name, NormalizedName = Organisation.Normalize(council.Name), OnsCode = council.OnsCode,
            Type = council.Type, Region = council.Region, Status = OrganisationStatus.Unverified, CreatedUtc = now,
        };
        if (existing is null)
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
        }
        var user = new CouncilUser
        {
            UserName = email, Email = email, CreatedUtc = now, CouncilRole = existing is null ? CouncilRole.Admin : CouncilRole.Member,
            // A second claim waits with no council, so it sees nothing of the council's work until an admin says yes.
            OrganisationId = existing is null ? organisation.Id : null,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new AccountRefusedException(created);
        }
        if (existing is not null)
        {
            db.JoinRequests.Add(new JoinRequest { OrganisationId = organisation.Id, UserId = user.Id, Email = email, CreatedUtc = now });
        }
        Log(organisation.Id, email, existing is null ? CouncilLogAction.Registered : CouncilLogAction.JoinRequested, null);
        await db.SaveChangesAsync(ct);
        return new Result(existing is null ? Outcome.Registered : Outcome.JoinRequested, council, user);
    }

    /// <summary>The council as registered: by its code, or by its name if it was registered before councils had codes.</summary>
    private Task<Organisation?> FindAsync(LocalAuthority council, CancellationToken ct)
    {
        var normalized = Organisation.Normalize(council.Name);
        return db.Organisations.OrderBy(o => o.Id)
            .FirstOrDefaultAsync(o => o.OnsCode == council.OnsCode || (o.OnsCode == null && o.NormalizedName == normalized), ct);
    }

    /// <summary>The join requests of a council that no admin has answered yet, oldest first.</summary>
    public Task<List<JoinRequest>> PendingJoinRequestsAsync(int organisationId, CancellationToken ct) =>
        db.JoinRequests.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.DecidedUtc == null)
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).ToListAsync(ct);

    /// <summary>
    /// An admin's answer: accepted, the waiting account becomes a member of the council; declined, it is deleted so its
    /// address is free again. False when the council has no such unanswered request.
    /// </summary>
    public async Task<bool> AnswerJoinRequestAsync(int organisationId, int requestId, bool accept, string byEmail, CancellationToken ct) =>
        await db.InTransactionAsync(async () =>
        {
            var request = await db.JoinRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.OrganisationId == organisationId && r.DecidedUtc == null, ct);
            if (request is null)
            {
                return false;
            }
            var user = request.UserId is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId && u.OrganisationId == null, ct);
            if (accept && user is not null)
            {
                user.OrganisationId = organisationId;
                user.CouncilRole = CouncilRole.Member;
            }
            else if (user is not null)
            {
                db.Users.Remove(user);
                request.UserId = null;
            }
            request.DecidedUtc = clock.GetUtcNow().UtcDateTime;
            request.DecidedByEmail = byEmail;
            request.Accepted = accept && user is not null;
            Log(organisationId, byEmail, request.Accepted ? CouncilLogAction.JoinAccepted : CouncilLogAction.JoinDeclined, request.Email);
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    /// <summary>
    /// <c>rolemapper org create</c> for a listed council: <paramref name="nameOrCode"/> is its name, another spelling the list
    /// knows, or its ONS code; a type or region given must agree with the list. The council is verified at once: whoever
    /// runs the command has the database itself, so is the sector team or the operator.
    /// </summary>
    public async Task<Creation> CreateListedAsync(string nameOrCode, OrganisationType? type, EnglishRegion? region, CancellationToken ct)
    {
        var matches = list.Find(nameOrCode);
        if (matches.Count == 0)
        {
            return new Creation(null, $"\"{nameOrCode.Trim()}\" is not in the list of English councils. Check the spelling, give its ONS code, or use --unlisted for a body outside the list.");
        }
        if (matches.Count > 1)
        {
            return new Creation(null, $"\"{nameOrCode.Trim()}\" may mean {string.Join(" or ", matches.Select(m => $"{m.Name} ({m.OnsCode})"))}; give the ONS code.");
        }
        var council = matches[0];
        if (type is { } t && t != council.Type)
        {
            return new Creation(null, $"{council.Name} is a {council.Type.Display()} in the list of English councils, not a {t.Display()}. Leave out --type to use the list's.");
        }
        if (region is { } r && r != council.Region)
        {
            return new Creation(null, $"{council.Name} is in {council.Region.Display()} in the list of English councils, not {r.Display()}. Leave out --region to use the list's.");
        }
        if (await FindAsync(council, ct) is not null)
        {
            return new Creation(null, $"{council.Name} ({council.OnsCode}) is already registered.");
        }
        return await AddAsync(new Organisation
        {
            Name = council.Name, NormalizedName = Organisation.Normalize(council.Name), OnsCode = council.OnsCode,
            Type = council.Type, Region = council.Region, Status = OrganisationStatus.Verified, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    /// <summary><c>rolemapper org create --unlisted</c>: a body outside the list, such as a fire authority or a national park.</summary>
    public async Task<Creation> CreateUnlistedAsync(string name, OrganisationType type, EnglishRegion region, CancellationToken ct)
    {
        if (list.Find(name) is [var listed, ..])
        {
            return new Creation(null, $"\"{name}\" is in the list of English councils as {listed.Name} ({listed.OnsCode}); create it without --unlisted.");
        }
        var normalized = Organisation.Normalize(name);
        if (await db.Organisations.AnyAsync(o => o.NormalizedName == normalized, ct))
        {
            return new Creation(null, $"A council called \"{name}\" is already registered.");
        }
        return await AddAsync(new Organisation
        {
            Name = name, NormalizedName = normalized, Type = type, Region = region, Status = OrganisationStatus.Verified,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    private async Task<Creation> AddAsync(Organisation council, CancellationToken ct)
    {
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                db.Organisations.Add(council);
                await db.SaveChangesAsync(ct);
                Log(council.Id, CommandLine, CouncilLogAction.CreatedByCommand, council.OnsCode ?? "not in the list");
                await db.SaveChangesAsync(ct);
                return new Creation(council, null);
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Registered a moment ago by someone else; the unique index said no.
            return new Creation(null, $"{council.Name} is already registered.");
        }
    }

    private void Log(int organisationId, string byEmail, CouncilLogAction action, string? detail) =>
        db.Log(organisationId, byEmail, action, detail, clock.GetUtcNow().UtcDateTime);

    private sealed class AccountRefusedException(IdentityResult result) : Exception("Identity refused the account.")
    {
        public IdentityResult Result { get; } = result;
    }
}
