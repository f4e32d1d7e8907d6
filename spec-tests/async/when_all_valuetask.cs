// async/await without timing: Task.WhenAll results in argument order, Task.FromResult,
// completed tasks, ValueTask (sync and async paths), async methods returning values through
// several awaits, ConfigureAwait(false), exceptions through await and WhenAll (first inner)
Console.WriteLine(await Sum(5));
var tasks = Enumerable.Range(1, 5).Select(i => Square(i)).ToArray();
int[] results = await Task.WhenAll(tasks);
Console.WriteLine(string.Join(",", results) + " all completed: " + tasks.All(t => t.IsCompletedSuccessfully));
Console.WriteLine(await Task.FromResult("from result") + " " + Task.CompletedTask.IsCompleted);
Console.WriteLine(await GetValue(true) + " " + await GetValue(false));
Console.WriteLine(await Chain("x").ConfigureAwait(false));
try { await Fails("direct"); }
catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
var mixed = new[] { Square(2), FailsInt("one"), FailsInt("two") };
try { await Task.WhenAll(mixed); }
catch (Exception e) { Console.WriteLine($"WhenAll threw {e.GetType().Name}: {e.Message}"); }
var whenAll = Task.WhenAll(mixed);
try { await whenAll; } catch { }
Console.WriteLine($"faulted={whenAll.IsFaulted} inner count={whenAll.Exception!.InnerExceptions.Count} first={whenAll.Exception.InnerExceptions[0].Message}");
Console.WriteLine(mixed[0].Result + " " + mixed[1].Status + " " + mixed[1].Exception!.InnerException!.Message);
var first = await Task.WhenAny(Task.FromResult(1), Task.FromResult(2));
Console.WriteLine("WhenAny got " + first.Result);
int counter = 0;
await Task.WhenAll(Enumerable.Range(0, 10).Select(async i => { await Task.Yield(); Interlocked.Add(ref counter, i); }));
Console.WriteLine("counter " + counter);
Console.WriteLine(await Recurse(20));
static async Task<int> Sum(int n) { int s = 0; for (int i = 1; i <= n; i++) s += await Square(i); return s; }
static async Task<int> Square(int x) { await Task.Yield(); return x * x; }
static async ValueTask<string> GetValue(bool sync)
{
    if (sync) return "sync value";
    await Task.Yield();
    return "async value";
}
static async Task<string> Chain(string s) { var a = await Step(s); var b = await Step(a); return await Step(b); }
static async Task<string> Step(string s) { await Task.Yield(); return s + "+"; }
static async Task Fails(string m) { await Task.Yield(); throw new InvalidOperationException(m); }
static async Task<int> FailsInt(string m) { await Task.Yield(); throw new ArgumentException(m); }
static async Task<long> Recurse(int n) => n <= 1 ? 1 : n * await Recurse(n - 1);
