using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// The assessment form as posted: ticks, evidence and links keyed by statement id, targets by strand id. Keys that are
/// not tickable statements or strands of the model are ignored, so a forged field cannot store anything.
/// </summary>
public sealed class AssessmentInput
{
    public const int MaxEvidence = 2000;
    /// <summary>The LGA published the model in December 2017; an earlier date is a typing slip.</summary>
    private static readonly DateOnly Published = new(2017, 12, 1);

    public List<string> Met { get; set; } = [];
    public Dictionary<string, string?> Evidence { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> Links { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, MaturityLevel?> Targets { get; set; } = new(StringComparer.Ordinal);
    public string? AssessedOn { get; set; }

    public static string EvidenceKey(string id) => $"Input.Evidence[{id}]";
    public static string LinksKey(string id) => $"Input.Links[{id}]";
    public static string TargetKey(MaturityStrand strand) => $"Input.Targets[{strand.Id}]";

    /// <summary>The form filled from a draft: the steps saved so far, or the latest assessment to update.</summary>
    public static AssessmentInput From(MaturityAssessmentDraft draft) => new()
    {
        Met = [.. draft.Statements.Where(s => s.Met).Select(s => s.StatementId)],
        Evidence = draft.Statements.ToDictionary(s => s.StatementId, s => s.Evidence, StringComparer.Ordinal),
        Links = draft.Statements.ToDictionary(s => s.StatementId, s => s.Links, StringComparer.Ordinal),
        Targets = draft.Targets.ToDictionary(t => t.StrandId, t => (MaturityLevel?)t.Target, StringComparer.Ordinal),
        AssessedOn = draft.AssessedOn,
    };

    /// <summary>This strand's part of the form, as the draft keeps it: statements ticked or with evidence typed.</summary>
    public AssessmentStep StepOf(MaturityModel model, MaturityStrand strand) => new(strand,
        [.. strand.TickableStatements
            .Select(s => new DraftStatementRecord
            {
                StatementId = s.Id, Met = IsMet(model, s.Id), Evidence = Evidence.GetValueOrDefault(s.Id), Links = Links.GetValueOrDefault(s.Id),
            })
            .Where(s => s.Met || !string.IsNullOrWhiteSpace(s.Evidence) || !string.IsNullOrWhiteSpace(s.Links))],
        Targets.GetValueOrDefault(strand.Id), AssessedOn);

    public bool IsMet(MaturityModel model, string id) => model.IsTickable(id) && Met.Contains(id, StringComparer.Ordinal);

    /// <summary>A new assessment from the form, or null with the problems added to <paramref name="errors"/> in form order.</summary>
    public MaturityAssessmentRecord? Read(MaturityModel model, ModelStateDictionary errors, DateOnly today)
    {
        // Problems are added in the order of the form: the date, then each strand's statements and its target.
        var date = ReadDate(errors, today);
        var met = new List<MetStatementRecord>();
        foreach (var strand in model.Strands)
        {
            met.AddRange(ReadStrand(model, strand, errors));
        }
        if (!errors.IsValid || date is null)
        {
            return null;
        }
        return new MaturityAssessmentRecord
        {
            AssessedOn = date.Value,
            Met = met,
            Targets = [.. model.Strands.Where(s => Targets.GetValueOrDefault(s.Id) is not null)
                .Select(s => new StrandTargetRecord { StrandId = s.Id, Target = Targets[s.Id]!.Value })],
        };
    }

    /// <summary>One strand's statements met, with its problems added to <paramref name="errors"/>; a step checks only its own.</summary>
    public List<MetStatementRecord> ReadStrand(MaturityModel model, MaturityStrand strand, ModelStateDictionary errors)
    {
        var met = new List<MetStatementRecord>();
        foreach (var statement in strand.TickableStatements)
        {
            if (IsMet(model, statement.Id))
            {
                met.Add(ReadMet(statement, errors));
            }
            else
            {
                CheckNoEvidence(statement, errors);
            }
        }
        if (errors.GetFieldValidationState(TargetKey(strand)) == ModelValidationState.Invalid)
        {
            // The binder's own message ("Enter a valid value.") names no strand; it was added first, so re-add in order.
            errors.Remove(TargetKey(strand));
            errors.AddModelError(TargetKey(strand), $"Select a target for {strand.Title}");
        }
        return met;
    }

    private MetStatementRecord ReadMet(MaturityStatement statement, ModelStateDictionary errors)
    {
        var evidence = Evidence.GetValueOrDefault(statement.Id)?.Trim();
        if (evidence?.Length > MaxEvidence)
        {
            errors.AddModelError(EvidenceKey(statement.Id), $"Enter evidence of {MaxEvidence:N0} characters or fewer");
        }
        var (links, error) = EvidenceLinks.Parse(Links.GetValueOrDefault(statement.Id));
        if (error is not null)
        {
            errors.AddModelError(LinksKey(statement.Id), error);
        }
        return new MetStatementRecord { StatementId = statement.Id, Evidence = string.IsNullOrEmpty(evidence) ? null : evidence, Links = [.. links] };
    }

    /// <summary>Evidence is kept only with statements met, so evidence typed for an unticked one would be lost: say so.</summary>
    private void CheckNoEvidence(MaturityStatement statement, ModelStateDictionary errors)
    {
        var hasText = !string.IsNullOrWhiteSpace(Evidence.GetValueOrDefault(statement.Id));
        if (hasText || !string.IsNullOrWhiteSpace(Links.GetValueOrDefault(statement.Id)))
        {
            errors.AddModelError(hasText ? EvidenceKey(statement.Id) : LinksKey(statement.Id),
                $"Tick “{statement.Text}” if your council meets it, or clear its evidence: evidence is kept only for statements met");
        }
    }

    private DateOnly? ReadDate(ModelStateDictionary errors, DateOnly today)
    {
        const string key = "Input.AssessedOn";
        var text = AssessedOn?.Trim();
        string? problem = null;
        DateOnly date = default;
        if (string.IsNullOrEmpty(text))
        {
            problem = "Enter the date of the assessment";
        }
        // A date field sends yyyy-MM-dd; a browser without one lets people type the British way.
        else if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problem = "Enter the date of the assessment as a real date, like 27/03/2026";
        }
        else if (date > today)
        {
            problem = "The date of the assessment must be today or in the past";
        }
        else if (date < Published)
        {
            problem = "The date of the assessment must be on or after 1 December 2017, when the LGA published the model";
        }
        if (problem is not null)
        {
            errors.AddModelError(key, problem);
            return null;
        }
        return date;
    }
}
