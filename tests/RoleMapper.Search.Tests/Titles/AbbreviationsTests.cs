using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Titles;

public class AbbreviationsTests
{
    private static readonly Abbreviations Loaded = Abbreviations.Load();

    [Theory]
    [InlineData("Snr HR Mgr", "Senior Human Resources Manager")]
    [InlineData("Highways Maint. Operative", "Highways Maintenance Operative")]
    [InlineData("Asst Dir", "Assistant Dir")]
    [InlineData("SEN Teaching Assistant", "Special Educational Needs Teaching Assistant")]
    [InlineData("SEND Officer", "Special Educational Needs and Disabilities Officer")]
    [InlineData("EHO", "Environmental Health Officer")]
    [InlineData("AMHP", "Approved Mental Health Professional")]
    [InlineData("HGV Driver", "Heavy Goods Vehicle Driver")]
    [InlineData("PA", "Personal Assistant")]
    [InlineData("OT", "Occupational Therapist")]
    [InlineData("it support", "Information Technology support")]
    [InlineData("ICT Technician", "Information Technology Technician")]
    [InlineData("H&S Advisor", "Health and Safety Advisor")]
    [InlineData("EHCP Coordinator", "Education Health and Care Plan Coordinator")]
    [InlineData("HWRC Site Operative", "Household Waste Recycling Centre Site Operative")]
    [InlineData("DHP Officer", "Discretionary Housing Payment Officer")]
    public void CouncilAndOnsAbbreviations_AreSpeltOut(string text, string expected) =>
        Assert.Equal(expected, Loaded.Expand(text));

    [Theory]
    [InlineData("Re-ablement Worker")]
    [InlineData("Teaching Assistant")]
    [InlineData("Ta-da")]
    public void WordsThatOnlyContainAnAbbreviation_AreLeft(string text) =>
        Assert.Equal(text, Loaded.Expand(text));

    [Theory]
    [InlineData("AD Housing", "Assistant Director Housing")]
    [InlineData("Guardian ad litem", "Guardian ad litem")]
    [InlineData("Ad Sales Executive", "Ad Sales Executive")]
    public void AnAbbreviationThatIsAlsoAWord_IsReadOnlyInCapitals(string text, string expected) =>
        Assert.Equal(expected, Loaded.Expand(text));

    [Fact]
    public void CouncilList_WinsOverOns()
    {
        // ONS reads ICT as "Information and Communication Technology"; councils use it as IT.
        Assert.True(Loaded.TryGetMeaning("ICT", out var meaning));
        Assert.Equal("Information Technology", meaning);
    }

    [Fact]
    public void BothLists_AreLoaded() => Assert.True(Loaded.Count > 150, $"{Loaded.Count} abbreviations");
}
