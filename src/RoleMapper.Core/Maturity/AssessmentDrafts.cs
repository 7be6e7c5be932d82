using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// The self-assessment taken one strand at a time. Each step is written to the council's
/// <see cref="MaturityAssessmentDraft"/> in the database, so progress is kept between strands, across sign-outs and
/// whichever web node serves the next request; the last step saves the assessment and deletes the draft in one
/// SaveChanges, so one never exists without the other being gone.
/// </summary>
public sealed class AssessmentDrafts(RoleMapperDbContext db, TimeProvider clock)
{
    /// <summary>The council's draft, or (not saved) a new one filled from its latest assessment, to update rather than retype.</summary>
    public async Task<MaturityAssessmentDraft> OpenAsync(CancellationToken ct) =>
        await db.MaturityAssessmentDrafts.AsNoTracking().OrderBy(d => d.Id).FirstOrDefaultAsync(ct) ?? await StartAsync(ct);

    /// <summary>Writes one step into the draft, replacing what it held for that strand.</summary>
    public async Task SaveStepAsync(AssessmentStep step, string? userId, CancellationToken ct)
    {
        var draft = await TrackedAsync(ct);
        Apply(draft, step);
        (draft.SavedUtc, draft.SavedByUserId) = (clock.GetUtcNow().UtcDateTime, userId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The last step: the draft with this step applied is read into an assessment by <paramref name="read"/> (the
    /// form's validation, null when it finds problems). A valid one is saved and the draft deleted together; on
    /// problems nothing is written, so the draft still holds the earlier steps.
    /// </summary>
    public async Task<MaturityAssessmentRecord?> FinishAsync(AssessmentStep step,
        Func<MaturityAssessmentDraft, MaturityAssessmentRecord?> read, string? userId, string? userName, CancellationToken ct)
    {
        var draft = await TrackedAsync(ct);
        Apply(draft, step);
        if (read(draft) is not { } record)
        {
            return null;
        }
        (record.SavedUtc, record.SavedByUserId, record.SavedByName) = (clock.GetUtcNow().UtcDateTime, userId, userName);
        // The context stamps the signed-in council on the new row.
        db.MaturityAssessments.Add(record);
        if (db.Entry(draft).State == EntityState.Added)
        {
            db.Entry(draft).State = EntityState.Detached;
        }
        else
        {
            db.MaturityAssessmentDrafts.Remove(draft);
        }
        await db.SaveChangesAsync(ct);
        return record;
    }

    private async Task<MaturityAssessmentDraft> TrackedAsync(CancellationToken ct)
    {
        if (await db.MaturityAssessmentDrafts.OrderBy(d => d.Id).FirstOrDefaultAsync(ct) is { } draft)
        {
            return draft;
        }
        // A second node adding one at the same moment fails on the unique index rather than making two.
        return db.MaturityAssessmentDrafts.Add(await StartAsync(ct)).Entity;
    }

    private async Task<MaturityAssessmentDraft> StartAsync(CancellationToken ct)
    {
        var latest = await db.MaturityAssessments.AsNoTracking().NewestFirst().FirstOrDefaultAsync(ct);
        return new MaturityAssessmentDraft
        {
            Statements = [.. (latest?.Met ?? []).Select(m => new DraftStatementRecord
                { StatementId = m.StatementId, Met = true, Evidence = m.Evidence, Links = string.Join('\n', m.Links) })],
            Targets = [.. (latest?.Targets ?? []).Select(t => new StrandTargetRecord { StrandId = t.StrandId, Target = t.Target })],
        };
    }

    private static void Apply(MaturityAssessmentDraft draft, AssessmentStep step)
    {
        var strandIds = step.Strand.TickableStatements.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        draft.Statements = [
            .. draft.Statements.Where(s => !strandIds.Contains(s.StatementId)),
            .. step.Statements.Where(s => strandIds.Contains(s.StatementId)),
        ];
        draft.Targets = [
            .. draft.Targets.Where(t => t.StrandId != step.Strand.Id),
            .. step.Target is { } target ? [new StrandTargetRecord { StrandId = step.Strand.Id, Target = target }] : Array.Empty<StrandTargetRecord>(),
        ];
        if (step.AssessedOn is not null)
        {
            draft.AssessedOn = step.AssessedOn;
        }
    }
}
