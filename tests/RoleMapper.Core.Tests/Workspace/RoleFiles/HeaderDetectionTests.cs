using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>Headers are written every way people write them; the title column is the one that must be found.</summary>
public sealed class HeaderDetectionTests
{
    [Theory]
    [InlineData("Job title")]
    [InlineData("JOB TITLE")]
    [InlineData("job_title")]
    [InlineData("JobTitle")]
    [InlineData("  Job Title: ")]
    [InlineData("Title")]
    [InlineData("Role")]
    [InlineData("Job role")]
    [InlineData("Post title")]
    [InlineData("Position")]
    [InlineData("Job title (as on payroll)")]
    public void TitleHeader_AnyCommonName_IsRecognised(string header)
    {
        var preview = ReadCsv($"\"{header}\",Cost centre\nRevenues Officer,R100\n");

        Assert.Equal(new DetectedColumn(RoleField.Title, header.Trim(), 1), preview.Columns.Single());
        Assert.Equal("Revenues Officer", preview.Single().Title);
    }

    [Theory]
    [InlineData("Service area", RoleField.ServiceArea)]
    [InlineData("Service", RoleField.ServiceArea)]
    [InlineData("Directorate", RoleField.ServiceArea)]
    [InlineData("service_area", RoleField.ServiceArea)]
    [InlineData("Department", RoleField.Department)]
    [InlineData("Dept.", RoleField.Department)]
    [InlineData("Team", RoleField.Department)]
    [InlineData("Job family", RoleField.JobFamily)]
    [InlineData("Grade", RoleField.Grade)]
    [InlineData("Band", RoleField.Grade)]
    [InlineData("Pay grade", RoleField.Grade)]
    [InlineData("Scale", RoleField.Grade)]
    [InlineData("Grade (NJC)", RoleField.Grade)]
    [InlineData("Headcount", RoleField.Headcount)]
    [InlineData("Head Count", RoleField.Headcount)]
    [InlineData("Posts", RoleField.Headcount)]
    [InlineData("Number of posts", RoleField.Headcount)]
    [InlineData("No. of posts", RoleField.Headcount)]
    [InlineData("FTE", RoleField.Fte)]
    [InlineData("Total FTE", RoleField.Fte)]
    [InlineData("Headcount (FTE)", RoleField.Fte)]
    [InlineData("Comments", RoleField.Notes)]
    [InlineData("Notes", RoleField.Notes)]
    public void OtherHeaders_CommonNames_MapToTheirField(string header, RoleField field)
    {
        var preview = ReadCsv($"Job title,\"{header}\"\nRevenues Officer,7\n");

        Assert.Equal(new DetectedColumn(field, header, 2), preview.Columns[1]);
        var row = preview.Single();
        object? value = field switch
        {
            RoleField.ServiceArea => row.ServiceArea,
            RoleField.Department => row.Department,
            RoleField.JobFamily => row.JobFamily,
            RoleField.Grade => row.Grade,
            RoleField.Headcount => row.Headcount,
            RoleField.Fte => row.Fte,
            RoleField.Notes => row.Notes,
            _ => null,
        };
        Assert.Equal("7", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ServiceAreaAndDepartment_BothPresent_AreKeptApart()
    {
        var row = ReadCsv("Directorate,Team,Job title\nPeople,Adult Social Care,Care Worker\n").Single();

        Assert.Equal(("People", "Adult Social Care"), (row.ServiceArea, row.Department));
    }

    [Fact]
    public void TwoCandidateColumns_TheMoreSpecificNameWins()
    {
        // A personnel export: "Title" is Mr or Mrs, "Job title" is the role.
        var preview = ReadCsv("Title,Name,Job title,Service,Service area\nMrs,A Person,Payroll Officer,Payroll,Finance\n");

        var row = preview.Single();
        Assert.Equal(("Payroll Officer", "Finance"), (row.Title, row.ServiceArea));
        Assert.Equal([3, 5], preview.Columns.Select(c => c.ColumnNumber));
        var unused = Assert.Single(preview.FileWarnings);
        Assert.Equal("These columns were not used: \"Title\" (A), \"Name\" (B), \"Service\" (D).", unused);
    }

    [Fact]
    public void NoTitleColumn_IsAFileErrorNamingTheHeadersFound()
    {
        var preview = ReadCsv("Employee number,Cost centre,Grade\n1001,R100,Grade 5\n");

        Assert.Equal(
            "No job title column was found. The first row has: \"Employee number\", \"Cost centre\", \"Grade\". "
            + "Name the column of job titles \"Job title\"; \"Title\", \"Role\", \"Post title\" and \"Position\" work too.",
            preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void NoHeader_SingleColumnOfTitles_IsReadFromRowOneWithAWarning()
    {
        var preview = ReadCsv("Refuse Loader\nRefuse Driver (HGV)\nStreet Cleansing Operative\n");

        Assert.Null(preview.HeaderRowNumber);
        Assert.Equal([(1, "Refuse Loader"), (2, "Refuse Driver (HGV)"), (3, "Street Cleansing Operative")],
            preview.Rows.Select(r => (r.RowNumber, r.Title)));
        Assert.Contains(preview.FileWarnings, w => w.Contains("No header row", StringComparison.Ordinal));
    }

    [Fact]
    public void NoHeader_SeveralColumns_IsAFileErrorRatherThanAGuess()
    {
        var preview = ReadCsv("Refuse Loader,Waste,3\nRefuse Driver (HGV),Waste,4\n");

        Assert.StartsWith("No job title column was found. The first row has: \"Refuse Loader\", \"Waste\", \"3\".", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void HeaderOnly_IsAFileError()
    {
        var preview = ReadCsv("Job title,Service area\n\n");

        Assert.Equal("The file has a header row (row 1) but no roles under it.", preview.FileError);
        Assert.Empty(preview.Rows);
    }
}
