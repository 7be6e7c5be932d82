using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.Matching;

/// <summary>
/// Council titles of our own making (none of them from the dev set) against the real snapshot. Each row names the
/// standards an HR lead would accept, best first; rows test the title reading as much as the ranking.
/// </summary>
[Collection(SnapshotCollection.Name)]
public class RelevanceTests(SnapshotIndex snapshot)
{
    [Theory]
    // Exact job titles, plurals and case.
    [InlineData("Social Workers", "ST0510")]
    [InlineData("PAYROLL ADMINISTRATOR", "ST0073")]
    [InlineData("Plumber", "ST0303")]
    [InlineData("Countryside Ranger", "ST0926")]
    // Noise: post numbers, headcounts, hours, grades, places and teams.
    [InlineData("Care Assistant - Residential Home (37 hrs)", "ST0005")]
    [InlineData("3 x Home Carers (Grade 4) - Ref HC4471", "ST0005")]
    [InlineData("Housing Assistant (Band 3) - Eastfield Locality", "ST0235")]
    [InlineData("Social Worker - Adults Team - North", "ST0510")]
    [InlineData("Early Years Practitioner SCP 8-11 (2 posts)", "ST0888|ST0135")]
    // Abbreviations.
    [InlineData("Asst Housing Officer", "ST0235|ST0234")]
    [InlineData("Snr HR Business Partner", "ST0238|ST0813")]
    [InlineData("ICT Helpdesk Analyst", "ST0973|ST0120|ST0505")]
    [InlineData("Maint. Operative", "ST0171")]
    [InlineData("HLTA", "ST1414|ST0454")]
    // Council wording the standards put differently (data/matching/synonyms.txt).
    [InlineData("Domiciliary Carer", "ST0005")]
    [InlineData("Caretaker", "ST0617|ST0171|ST0170")]
    [InlineData("Street Cleansing Operative", "ST0843")]
    [InlineData("Bailiff", "ST0175")]
    // Levels and seniority.
    [InlineData("Teaching Assistant Level 3", "ST0454")]
    [InlineData("Senior Carer", "ST0006|ST0005")]
    [InlineData("Apprentice Gardener", "ST0225")]
    // A typing slip.
    [InlineData("Ocupational Therapist", "ST0517")]
    // The standard named after the job, whatever its programme format ("Project manager (integrated degree)").
    [InlineData("Chartered Town Planner", "ST0536")]
    // A one-word qualifier the standards write in front of the job is part of it.
    [InlineData("Engineer (Civil)", "ST0417")]
    // Senior and principal lean to the professional level: "Accountant" is also a job title of the level 4 technician.
    [InlineData("Senior Accountant", "ST0001|ST1303")]
    public void TopSuggestion_IsAcceptable(string title, string acceptable) =>
        Assert.Contains(Top(title, 1).Single(), acceptable.Split('|'));

    [Theory]
    [InlineData("Licensing Enforcement Officer", "ST0708")]
    [InlineData("Exchequer Officer", "ST0608|ST0002|ST0003")]
    [InlineData("Electoral Services Officer", "ST0314|ST0070")]
    [InlineData("Gravedigger", "ST0594")]
    public void AcceptableStandard_IsInTheTopFive(string title, string acceptable) =>
        Assert.Contains(Top(title, 5), acceptable.Split('|').Contains);

    [Theory]
    // No standard's name has "mooring", and no role of the map does: what matches shares only "inspector", the
    // standards' names ('Fire safety inspector', the job title 'Engineering inspector') and the map's inspectors of other
    // things ('Bridge Inspector'). Nothing says what the job is, so nothing is more than Low, and the general standard
    // for inspectors is offered near the top. (Until 5 Dec the general standard was first; since the map writes its
    // inspectors more ways, its 'Bridge Inspector' votes Civil engineering technician just ahead, Low too.)
    [InlineData("Mooring Inspector", "Public sector compliance investigator and officer", "inspector")]
    public void ATitleSharingOnlyTheRoleWord_IsLowWithTheGeneralStandardOffered(string title, string general, string role)
    {
        var candidates = snapshot.Match(title).Candidates;

        Assert.All(candidates, c => Assert.Equal(Confidence.Low, c.Confidence));
        var offered = Assert.Single(candidates.Take(2), c => c.Title == general);
        Assert.Contains($"a general standard for '{role}' roles", offered.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(candidates.Take(2), c => c.Title.Contains(role, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ASpecialistThat_HasTheSubjectInItsDescriptionKeepsItsPlace() =>
        // 'Leisure attendant' shares only "attendant", but Leisure team member's description is about swimming pools.
        Assert.Equal("ST0390", snapshot.Match("Swimming Pool Attendant").Candidates[0].Reference);

    [Theory]
    [InlineData("Network Services Manager", "Operations manager", "manager")]
    [InlineData("Street Services Manager", "Operations manager", "manager")]
    public void GeneralStandardForTheRole_IsOfferedWithItsReason(string title, string general, string role)
    {
        var candidates = snapshot.Match(title).Candidates;
        var offered = Assert.Single(candidates, c => c.Title == general);
        // The map's similar roles may come first in the reason ("the sector role map, which maps the similar role ...").
        Assert.Contains($"a general standard for '{role}' roles", offered.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Head of Housing", "ST0236|ST0234")]
    [InlineData("Head of Customer Services", "ST0071|ST0072")]
    [InlineData("Assistant Director - Finance", "ST1303|ST0001|ST0003")]
    public void HeadsAndDirectors_GetSeniorLeaderFirst_ThenTheirSubject(string title, string subject)
    {
        var top = Top(title, 3);
        Assert.Equal("ST0480", top[0]);
        Assert.Contains(top.Skip(1), subject.Split('|').Contains);
    }

    [Theory]
    [InlineData("Funeral Director", "ST0584")]
    [InlineData("Head of Facilities", "ST0410")]
    public void ATitleThat_IsAJobTitleAsItStandsIsReadWhole(string title, string reference) =>
        // "Director" and "Head of" are part of these jobs' names, not a seniority: no Senior leader first.
        Assert.Equal(reference, Top(title, 1).Single());

    [Theory]
    [InlineData("Councillor")]
    [InlineData("Lollipop Lady")]
    [InlineData("Mayor")]
    public void UnknownTitles_ComeOutLow(string title)
    {
        var best = snapshot.Match(title).Best;
        Assert.True(best is null || best.Confidence == Confidence.Low, $"{title}: {best?.Reference} {best?.Confidence}");
    }

    [Theory]
    [InlineData("Councillor", "Councillor")]
    [InlineData("Cllr", "Councillor")]
    [InlineData("COUNCILLORS", "Councillor")]
    [InlineData("Leader of the Council", "Leader of the Council")]
    [InlineData("Deputy Mayor", "Deputy Mayor")]
    [InlineData("Volunteers", "Volunteer")]
    public void TitlesThatAreNotJobs_AreLowThroughout_AndTheReasonSaysWhy(string title, string notAJob)
    {
        var result = snapshot.Match(title);
        Assert.All(result.Candidates, c => Assert.Equal(Confidence.Low, c.Confidence));
        Assert.StartsWith($"'{notAJob}' is not a job a council employs, so no standard fits: ", result.Best!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Councillor Support Officer")]
    [InlineData("Volunteer Coordinator")]
    public void AJobAboutThem_IsStillAJob(string title)
    {
        var best = snapshot.Match(title).Best!;
        Assert.DoesNotContain("is not a job", best.Reason, StringComparison.Ordinal);
        Assert.NotEqual(Confidence.Low, best.Confidence);
    }

    [Theory]
    [InlineData("Manager")]
    [InlineData("Officer")]
    public void OneCommonWord_IsNeverHigh(string title) =>
        Assert.NotEqual(Confidence.High, snapshot.Match(title).Best!.Confidence);

    [Theory]
    [InlineData("Social Worker", "ST0510")]
    [InlineData("Payroll Administrator", "ST0073")]
    [InlineData("Bricklayer", "ST0095")]
    public void ExactJobTitle_IsFirstAndHigh(string title, string reference)
    {
        var best = snapshot.Match(title).Best!;
        Assert.Equal(reference, best.Reference);
        Assert.Equal(Confidence.High, best.Confidence);
    }

    [Fact]
    public void OnlyTheTopSuggestion_CanBeHigh() =>
        Assert.All(snapshot.Match("Social Worker").Candidates.Skip(1), c => Assert.NotEqual(Confidence.High, c.Confidence));

    [Theory]
    [InlineData("Social Workers", "the standard's title 'Social worker (integrated degree)'")]
    [InlineData("Care Worker", "typical job title 'Care worker'")]
    [InlineData("Domiciliary Carer", "'carer' read as 'care worker'")]
    [InlineData("Ocupational Therapist", "'ocupational' read as 'occupational' (spelling)")]
    [InlineData("Head of Housing", "leadership standard for a 'head of' role")]
    [InlineData("Teaching Assistant Level 3", "level 3 as the title says")]
    public void Reasons_UseTheRealWords(string title, string expected)
    {
        var reasons = snapshot.Match(title).Candidates.Select(c => c.Reason);
        Assert.Contains(reasons, r => r.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Interior Design Assistant")]
    [InlineData("Accident Investigator")]
    public void AWord_IsNeverSaidToBeReadAsItself(string title) =>
        Assert.All(snapshot.Match(title).Candidates, c =>
            Assert.DoesNotMatch(@"'([^']+)' read as '\1'", c.Reason));

    [Fact]
    public void TitleWords_AreShownAsWritten_NotAsStems()
    {
        // With every role of the map held out, so the reason is the words' alone (the map's similar roles would lead it).
        var everyRole = HeldOut.Fold(snapshot.Index.SearchWithTables(s => s.Known.All.Select(t => t.RoleId).ToHashSet()));
        var reason = snapshot.Matcher.Match("Housing and Property Officers", null, everyRole).Best!.Reason;
        Assert.StartsWith("title words: housing, property, officers", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_DropsNoiseAndSpellsOutAbbreviations() =>
        Assert.Equal("senior human resources business partner", snapshot.Match("Snr HR Business Partner (2 posts) - HRBP0042").NormalisedTitle);

    [Fact]
    public void Options_LimitLevelRouteAndCount()
    {
        var options = new MatchOptions { Top = 3, MinLevel = 3, MaxLevel = 4, Routes = ["Care services"] };
        var result = snapshot.Match("Care Worker", options);
        Assert.InRange(result.Candidates.Count, 1, 3);
        Assert.All(result.Candidates, c =>
        {
            Assert.InRange(c.Level, 3, 4);
            Assert.Equal("Care services", c.Route);
        });
    }

    [Fact]
    public void RetiredStandards_ComeOnlyWhenAsked()
    {
        var approved = snapshot.Match("Care Worker", new MatchOptions { Top = 50 }).Candidates;
        var all = snapshot.Match("Care Worker", new MatchOptions { Top = 50, IncludeRetired = true }).Candidates;
        Assert.All(approved, c => Assert.True(c.IsApproved));
        Assert.Contains(all, c => !c.IsApproved);
    }

    private string[] Top(string title, int count) =>
        snapshot.Match(title, new MatchOptions { Top = count }).Candidates.Select(c => c.Reference).ToArray();
}
