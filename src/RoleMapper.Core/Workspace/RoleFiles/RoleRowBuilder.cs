using ClosedXML.Excel;
using static RoleMapper.Core.Workspace.RoleFiles.RoleFileLimits;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Turns the data rows of one file into <see cref="RoleFileRow"/>s, checking each and remembering the titles seen so
/// a repeat is flagged on the later row with the number of the first.
/// </summary>
internal sealed class RoleRowBuilder(ColumnMap columns)
{
    private readonly Dictionary<RoleKey, int> firstRowOf = [];

    public RoleFileRow Build(SourceRow source)
    {
        var problems = new List<RowProblem>(source.Problems);
        var title = Text(RoleField.Title, MaxTitleLength) ?? "";
        if (title.Length == 0)
        {
            problems.Add(Error(RoleFileMessages.EmptyTitle));
        }
        var row = new RoleFileRow
        {
            RowNumber = source.Number,
            Title = title,
            ServiceArea = Text(RoleField.ServiceArea, MaxTextLength),
            Department = Text(RoleField.Department, MaxTextLength),
            JobFamily = Text(RoleField.JobFamily, MaxTextLength),
            Grade = Text(RoleField.Grade, MaxTextLength),
            Headcount = (int?)Number(RoleField.Headcount, wholeOnly: true),
            Fte = Number(RoleField.Fte, wholeOnly: false),
            Notes = Text(RoleField.Notes, MaxNotesLength),
            Problems = problems,
        };
        if (title.Length > 0 && DuplicateProblem(row) is { } duplicate)
        {
            problems.Add(duplicate);
        }
        return row;

        string? Text(RoleField field, int most)
        {
            if (Cell(field) is not { } cell)
            {
                return null;
            }
            var text = field == RoleField.Notes ? CellText.MultiLine(cell.Text) : CellText.SingleLine(cell.Text);
            if (text?.Length > most)
            {
                problems.Add(Error(RoleFileMessages.TooLong(field, text.Length, most)));
            }
            return text;
        }

        decimal? Number(RoleField field, bool wholeOnly)
        {
            if (Cell(field) is not { } cell || CellText.SingleLine(cell.Text) is not { } text)
            {
                return null;
            }
            string? error = null;
            if (!NumberText.TryParse(text, out var value))
            {
                error = RoleFileMessages.NotANumber(field, text);
            }
            else if (value < 0)
            {
                error = RoleFileMessages.Negative(field, value);
            }
            else if (value > MaxHeadcount)
            {
                error = RoleFileMessages.TooBig(field, value);
            }
            else if (wholeOnly && value != decimal.Truncate(value))
            {
                error = RoleFileMessages.NotWhole(value);
            }
            if (error is null)
            {
                return value;
            }
            problems.Add(Error(error));
            return null;
        }

        SourceCell? Cell(RoleField field)
        {
            if (columns.ColumnOf(field) is not { } column)
            {
                return null;
            }
            var cell = source[column];
            if (cell.FromFormula)
            {
                var address = XLHelper.GetColumnLetterFromNumber(column + 1) + source.Number;
                problems.Add(new RowProblem(ProblemSeverity.Warning, RoleFileMessages.FromFormula(field, address)));
            }
            return cell;
        }
    }

    private RowProblem? DuplicateProblem(RoleFileRow row)
    {
        var key = row.Key;
        if (firstRowOf.TryGetValue(key, out var first))
        {
            return Error(RoleFileMessages.DuplicateOf(first));
        }
        firstRowOf[key] = row.RowNumber;
        return null;
    }

    private static RowProblem Error(string message) => new(ProblemSeverity.Error, message);
}
