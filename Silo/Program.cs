using AntiLeadership.Live.Silo;
using Microsoft.Extensions.Hosting;

// A grain-only node: joins the cluster named in configuration and hosts grains, no web traffic.
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddAntiLeadershipSilo(builder.Configuration));
await builder.Build().RunAsync();
