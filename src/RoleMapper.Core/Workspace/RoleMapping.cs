using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Workspace;

/// <summary>Who made a mapping decision, as it is recorded: a name is kept so the record outlives the account.</summary>
public sealed record Decider(string? UserId, string Name);

/// <summary>The matcher's view of a standard when it was chosen, kept with the decision; null fields when it was not a suggestion.</summary>
public sealed record SuggestionFacts(Confidence? Confidence, string? Reason)
{
    public static readonly SuggestionFacts None = new(null, null);
}

/// <summary>
/// The decisions a council makes about a role's standards: confirm a primary, add alternatives, reject suggestions,
/// or say no standard fits. Each records who and when, and the version of the standard at that moment, so a later feed
/// import can tell the standard has moved on (<see cref="FlagMappingsForReview"/>). Confirming again clears a review flag.
/// Pass roles loaded with their <see cref="JobRole.Standards"/>. Methods return a message for the person, or null.
/// </summary>
public sealed class RoleMapping(RoleMapperDbContext db, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;
    public const string BulkNote = "Confirmed in bulk: the matcher's High-confidence suggestion.";

    /// <summary>Roles whose top suggestion is High-confidence and not yet confirmed: what bulk confirmation takes.</summary>
    public static IQueryable<JobRole> HighConfidenceSuggestions(IQueryable<JobRole> roles) =>
        roles.Where(r => r.Status == MappingStatus.Suggested && r.SuggestedConfidence == Confidence.High && r.SuggestedReference != null);

    public async Task<string?> ConfirmAsync(JobRole role, string reference, string? note, SuggestionFacts facts, Decider who, CancellationToken ct)
    {
        var versions = await ApprovedVersions.ForAsync(db, role.Standards.Select(s => s.Reference).Append(reference), ct);
        if (!versions.TryGetValue(reference, out var approved))
        {
            return $"{reference} is not an approved standard, so it cannot be confirmed.";
        }
        Confirm(role, approved, note, facts, who, versions);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> AddAlternativeAsync(JobRole role, string reference, SuggestionFacts facts, Decider who, CancellationToken ct)
    {
        if (role.Status != MappingStatus.Confirmed)
        {
            return "Confirm the role's main standard first; alternatives are added to a confirmed role.";
        }
        if (role.Standards.Any(s => s.Reference == reference && s.Kind == RoleStandardKind.Primary))
        {
            return $"{reference} is already the role's main standard.";
        }
        var versions = await ApprovedVersions.ForAsync(db, [reference], ct);
        if (!versions.TryGetValue(reference, out var approved))
        {
            return $"{reference} is not an approved standard, so it cannot be added.";
        }
        Decide(role, reference, RoleStandardKind.Alternative, approved.Version, facts, who);
        role.UpdatedUtc = Now;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Turns a standard down for the role; suggestions skip it from now on. Rejecting the main standard un-confirms the role.</summary>
    public async Task<string?> RejectAsync(JobRole role, string reference, string? note, SuggestionFacts facts, Decider who, CancellationToken ct)
    {
        var wasPrimary = role.Standards.Any(s => s.Reference == reference && s.Kind == RoleStandardKind.Primary);
        var versions = await ApprovedVersions.ForAsync(db, [reference], ct);
        Decide(role, reference, RoleStandardKind.Rejected, versions.GetValueOrDefault(reference)?.Version, facts, who);
        if (wasPrimary)
        {
            Reopen(role);
        }
        if (note is not null)
        {
            role.MappingNote = note;
        }
        role.UpdatedUtc = Now;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task NoSuitableStandardAsync(JobRole role, string? note, Decider who, CancellationToken ct)
    {
        RemoveWhere(role, s => s.Kind != RoleStandardKind.Rejected);
        role.Status = MappingStatus.NoSuitableStandard;
        Record(role, note, who);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Undoes one decision: an alternative or a rejection is forgotten; removing the main standard un-confirms the role.</summary>
    public async Task RemoveAsync(JobRole role, string reference, CancellationToken ct)
    {
        var wasPrimary = role.Standards.Any(s => s.Reference == reference && s.Kind == RoleStandardKind.Primary);
        RemoveWhere(role, s => s.Reference == reference);
        if (wasPrimary)
        {
            Reopen(role);
        }
        role.UpdatedUtc = Now;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Confirms the top suggestion of every role <paramref name="filter"/> keeps that is High-confidence; returns how many.</summary>
    public async Task<int> ConfirmHighConfidenceAsync(Func<IQueryable<JobRole>, IQueryable<JobRole>> filter, Decider who, CancellationToken ct)
    {
        var roles = await filter(HighConfidenceSuggestions(db.JobRoles)).Include(r => r.Standards).ToListAsync(ct);
        var versions = await ApprovedVersions.ForAsync(db, roles.SelectMany(r => r.Standards.Select(s => s.Reference).Append(r.SuggestedReference!)), ct);
        var confirmed = 0;
        // A suggestion cached before the standard stopped being approved is left for a person to look at.
        foreach (var role in roles.Where(r => versions.ContainsKey(r.SuggestedReference!)))
        {
            Confirm(role, versions[role.SuggestedReference!], BulkNote, new SuggestionFacts(role.SuggestedConfidence, role.SuggestedReason), who, versions);
            confirmed++;
        }
        await db.SaveChangesAsync(ct);
        return confirmed;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Confirm(JobRole role, ApprovedVersion approved, string? note, SuggestionFacts facts, Decider who,
        IReadOnlyDictionary<string, ApprovedVersion> versions)
    {
        // One main standard per role: the previous one gives way.
        RemoveWhere(role, s => s.Kind == RoleStandardKind.Primary && s.Reference != approved.Reference);
        Decide(role, approved.Reference, RoleStandardKind.Primary, approved.Version, facts, who);
        // Confirming again means the person has looked at the role afresh, alternatives included.
        foreach (var alternative in role.Standards.Where(s => s.Kind == RoleStandardKind.Alternative))
        {
            alternative.VersionWhenDecided = versions.GetValueOrDefault(alternative.Reference)?.Version ?? alternative.VersionWhenDecided;
        }
        role.Status = MappingStatus.Confirmed;
        Record(role, note, who);
    }

    private void Decide(JobRole role, string reference, RoleStandardKind kind, string? version, SuggestionFacts facts, Decider who)
    {
        var row = role.Standards.FirstOrDefault(s => s.Reference == reference);
        if (row is null)
        {
            row = new RoleStandard { Reference = reference, OrganisationId = role.OrganisationId, JobRoleId = role.Id };
            role.Standards.Add(row);
        }
        row.Kind = kind;
        row.VersionWhenDecided = version;
        row.Confidence = facts.Confidence;
        row.Reason = Shorten(facts.Reason, 500);
        row.DecidedByUserId = who.UserId;
        row.DecidedByName = Shorten(who.Name, 256);
        row.DecidedUtc = Now;
    }

    private void Record(JobRole role, string? note, Decider who)
    {
        role.MappingNote = note;
        role.MappedByUserId = who.UserId;
        role.MappedByName = Shorten(who.Name, 256);
        role.MappedUtc = Now;
        role.NeedsReview = false;
        role.ReviewReason = null;
        role.ReviewFlaggedUtc = null;
        role.UpdatedUtc = Now;
    }

    /// <summary>Back to where the matcher left it, with nobody's confirmation on record.</summary>
    private static void Reopen(JobRole role)
    {
        role.Status = role.SuggestedReference is null ? MappingStatus.Unmapped : MappingStatus.Suggested;
        role.MappedByUserId = null;
        role.MappedByName = null;
        role.MappedUtc = null;
        role.NeedsReview = false;
        role.ReviewReason = null;
        role.ReviewFlaggedUtc = null;
    }

    private void RemoveWhere(JobRole role, Func<RoleStandard, bool> predicate)
    {
        foreach (var row in role.Standards.Where(predicate).ToList())
        {
            role.Standards.Remove(row);
            db.RoleStandards.Remove(row);
        }
    }

    private static string? Shorten(string? text, int most) => text is { Length: > 0 } t && t.Length > most ? t[..most] : text;
}
