using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Roadmap.Demo;
using Roadmap.Infrastructure.Seeding;
using Roadmap.Web.Api;
using Roadmap.Web.Components;
using Roadmap.Web.Components.Pages.Workshops.Screen;
using Roadmap.Web.Endpoints;
using Roadmap.Web.Hubs;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web;

internal static class WebApplicationExtensions
{
    /// <summary>Migrates and creates the roles; in Development only, loads the demo (its own project, never called elsewhere).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DatabaseSetup.PrepareAsync(app.Services);
        if (app.Environment.IsDevelopment())
        {
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            await DemoSeeder.SeedAsync(app.Configuration, app.Environment.ContentRootPath, now, app.Services.GetRequiredService<ILoggerFactory>());
        }
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseHttpLogging();
        app.UseSecurityHeaders();
        app.UseApiEdges();
        app.UseRequestBodyLimits();
        app.UseStatusCodePagesWithReExecute("/introuvable", createScopeForStatusCodePages: true);
        app.KeepStatusPagesOffTheApi();
        app.UseAuthentication();
        app.UseCrossSiteCookieWriteRefusal();
        app.UseAuthorization();
        app.UseViewerReadAhead();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();
        app.UseStaleFormRedirect();
        return app;
    }

    public static WebApplication MapWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapAccountEndpoints();
        app.MapPersonalDataEndpoints();
        app.MapWorkshopFileEndpoints();
        app.MapRoadmapDocumentFileEndpoints();
        app.MapOpenDataEndpoints();
        app.MapUnsubscribeEndpoints();
        app.MapWorkshopScreenQr();
        Components.Pages.Workshops.Console.ConsoleFragmentEndpoints.MapWorkshopConsoleFragments(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapApi();
        app.MapWorkshopHub();
        app.MapRazorComponents<App>();
        return app;
    }
}
