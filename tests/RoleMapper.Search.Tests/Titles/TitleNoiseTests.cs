using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Titles;

public class TitleNoiseTests
{
    [Theory]
    [InlineData("Quality Officer (065392)", "Quality Officer")]
    [InlineData("Occupational Therapist HCC46710", "Occupational Therapist")]
    [InlineData("2 x Social Workers", "Social Workers")]
    [InlineData("Cleaner (2 posts)", "Cleaner")]
    [InlineData("Driver x 4", "Driver")]
    [InlineData("Carer 37 hrs per week", "Carer")]
    [InlineData("Cook 22.5 hours", "Cook")]
    [InlineData("Clerk Part Time Term Time Only", "Clerk")]
    [InlineData("Planner Grade 7", "Planner")]
    [InlineData("Nurse Band 5", "Nurse")]
    [InlineData("Officer SCP 20-25", "Officer")]
    [InlineData("Surveyor SO1/SO2", "Surveyor")]
    [InlineData("Accountant £32,000 - £35,000 pa", "Accountant")]
    [InlineData("Caseworker Ref: CW-2231", "Caseworker")]
    public void Noise_IsTakenOut(string title, string expected) =>
        Assert.Equal(expected, TitleParts.Tidy(TitleNoise.Remove(title).Text));

    [Theory]
    [InlineData("Business Administrator Level 3", 3)]
    [InlineData("Apprentice (L4)", 4)]
    [InlineData("Teaching Assistant - Level 2", 2)]
    public void ApprenticeshipLevel_IsKeptAsAHint(string title, int level)
    {
        var (text, hint) = TitleNoise.Remove(title);
        Assert.Equal(level, hint);
        Assert.DoesNotContain("level", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Social Worker (Level 1 or 2)")]
    [InlineData("Grade 8 Officer")]
    public void CareerGrades_AreNotApprenticeshipLevels(string title) =>
        Assert.Null(TitleNoise.Remove(title).Level);

    [Theory]
    [InlineData("Licensing Officer (Taxis)")]
    [InlineData("Engineer (Structural)")]
    [InlineData("Surveyor (Building Control)")]
    [InlineData("Temporary Traffic Management Operative")]
    public void MeaningfulWords_Stay(string title) =>
        Assert.Equal(title, TitleNoise.Remove(title).Text);
}
