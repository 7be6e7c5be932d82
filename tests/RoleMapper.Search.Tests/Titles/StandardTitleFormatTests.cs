using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Titles;

public class StandardTitleFormatTests
{
    [Theory]
    [InlineData("Project manager (integrated degree)", "Project manager")]
    [InlineData("Chartered town planner (degree)", "Chartered town planner")]
    [InlineData("Environmental practitioner (Degree)", "Environmental practitioner")]
    [InlineData("Physician associate - integrated degree", "Physician associate")]
    [InlineData("Pharmacy technician (integrated)", "Pharmacy technician")]
    [InlineData("Building services engineering technician 2022", "Building services engineering technician")]
    [InlineData("Cyber security technologist (2021)", "Cyber security technologist")]
    public void ProgrammeFormat_IsTakenOff(string title, string job) =>
        Assert.Equal(job, StandardTitleFormat.Remove(title));

    [Theory]
    [InlineData("Assistant practitioner (health)")]
    [InlineData("Passenger transport driver - bus and coach or tram")]
    [InlineData("Large goods vehicle (LGV) driver C + E")]
    [InlineData("Teacher - Postgraduate")]
    public void WordsThatSayTheJob_AreKept(string title) =>
        Assert.Equal(title, StandardTitleFormat.Remove(title));
}
