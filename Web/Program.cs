using AntiLeadership.Live.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLiveOrleans();
builder.AddLiveWorkshop();

var app = builder.Build();
app.UseLiveWorkshop();
app.Run();

/// <summary>The entry point, visible to tests that host the app.</summary>
public partial class Program;
