namespace RoleMapper.Web.ViewComponents;

/// <summary>The footer line on every page: which feed date the data is from and how long ago it was imported.</summary>
public sealed class FeedFooterViewComponent(CatalogueFactsCache facts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View((await facts.GetAsync(HttpContext.RequestAborted)).Status);
}
