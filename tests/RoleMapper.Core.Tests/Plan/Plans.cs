using RoleMapper.Core.Plan;

namespace RoleMapper.Core.Tests.Plan;

/// <summary>Shortcuts for plan tests: the council's plan use case, and lines added through it.</summary>
internal static class Plans
{
    public const string Person = "hr.lead@council.example";

    public static LevyPlans Plan(this CouncilWorkspace workspace) => workspace.Get<LevyPlans>();

    public static async Task AddAsync(this CouncilWorkspace workspace, string reference, string year, int starts, string? source = null) =>
        Assert.Empty(await workspace.Plan().AddLineAsync(reference, year, starts, source, Person, default));

    public static async Task SettingsAsync(this CouncilWorkspace workspace, string year, long? levy, long opening = 0, int? headcount = null) =>
        Assert.Empty(await workspace.Plan().SaveSettingsAsync(new PlanSettings(year, levy, opening, headcount), Person, default));
}
