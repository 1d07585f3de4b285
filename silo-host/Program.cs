using ConsultHub.Web.Hosting;

// Composition root only: configuration (appsettings, environment, --urls, Hub:OrganizerKey,
// Storage:*) is read by ASP.NET; everything else is wired in ConsultHub.Web.
var builder = WebApplication.CreateBuilder(args);
builder.AddConsultationHub();

var app = builder.Build();
app.MapConsultationHub();
app.Run();

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
