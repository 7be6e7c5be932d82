using Moq;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>Observers are told of an import in the order of their stage, whatever order they were registered in.</summary>
public abstract class ImportObserverOrderTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : ImportObserverOrderTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : ImportObserverOrderTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Observers_AreToldByStage_ThenInTheOrderTheyWereRegistered()
    {
        var told = new List<string>();
        Mock<IImportObserver> Observer(string name, ImportObserverOrder order)
        {
            var observer = new Mock<IImportObserver>();
            observer.SetupGet(o => o.Order).Returns(order);
            observer.Setup(o => o.OnImportSucceededAsync(It.IsAny<ImportRun>(), It.IsAny<CancellationToken>()))
                .Callback(() => told.Add(name)).Returns(Task.CompletedTask);
            return observer;
        }
        var observers = new[]
        {
            Observer("cache", ImportObserverOrder.Caches), Observer("suggestions", ImportObserverOrder.Workspace),
            Observer("flags", ImportObserverOrder.Workspace), Observer("index", ImportObserverOrder.SearchIndex),
        };
        await using var database = await TestDatabase.CreateAsync(configure: s =>
        {
            foreach (var observer in observers)
            {
                s.AddSingleton(observer.Object);
            }
        }, provider: provider);

        await database.ImportAsync(RepoPaths.SmallNewFeed);

        // Core's own observers (review flags, suggestions) run too, at the workspace stage.
        Assert.Equal(["index", "suggestions", "flags", "cache"], told);
    }

    [Fact]
    public async Task CoresObservers_RunAtTheWorkspaceStage()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);

        var observers = ImportService.InOrder(database.Services.GetServices<IImportObserver>()).ToList();

        Assert.Equal([typeof(FlagMappingsForReview), typeof(SuggestAfterImport), typeof(Core.Plan.FlagPlanLines), typeof(Core.RoleMap.FlagRoleMapForReview)], observers.Select(o => o.GetType()));
        Assert.All(observers, o => Assert.Equal(ImportObserverOrder.Workspace, o.Order));
    }
}
