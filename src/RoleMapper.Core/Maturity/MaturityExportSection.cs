using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Export;

namespace RoleMapper.Core.Maturity;

/// <summary>The Excel map's Maturity sheet, from the database: what <see cref="CouncilMap.Maturity"/> takes.</summary>
public static class MaturityExportSection
{
    /// <summary>
    /// The current council's latest assessment (by date assessed, then the last saved), as the sheet shows it: every
    /// strand with its stage, target, and the statements met with their evidence text and links. Null when the council
    /// has not assessed itself yet, so the workbook has no Maturity sheet. Reads through the tenancy filter: call it on
    /// the council's own context (a web request, or <c>db.ScopeToOrganisation(id)</c> in the CLI).
    /// </summary>
    public static async Task<MaturitySection?> LoadAsync(RoleMapperDbContext db, MaturityModel model, CancellationToken ct = default)
    {
        var latest = await db.MaturityAssessments.AsNoTracking().NewestFirst().FirstOrDefaultAsync(ct);
        return latest is null ? null : MaturitySection.FromAssessment(model, latest.ToAssessment(), latest.EvidenceById());
    }
}
