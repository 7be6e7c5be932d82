namespace RoleMapper.Web.Infrastructure;

/// <summary>Where a list is and how to link to its other pages; rendered by <c>_Pagination</c>.</summary>
public sealed record Pager(int Page, int PageSize, int Total, Func<int, string?> UrlFor)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Skip => (Math.Clamp(Page, 1, TotalPages) - 1) * PageSize;
    public int First => Total == 0 ? 0 : Skip + 1;
    public int Last => Math.Min(Skip + PageSize, Total);

    /// <summary>Page numbers to show: the first, the last, and two either side of this one; 0 marks a gap.</summary>
    public IEnumerable<int> Numbers()
    {
        var shown = Enumerable.Range(1, TotalPages).Where(p => p == 1 || p == TotalPages || Math.Abs(p - Page) <= 2).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                yield return 0;
            }
            yield return shown[i];
        }
    }
}
