using Roadmap.Application;
using Roadmap.Infrastructure;
using Roadmap.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment)
    .AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UseWeb();
app.MapWeb();
await app.RunAsync();
return 0;
