// captured loop variables: for (one variable shared), foreach (fresh per iteration), copies
var fors = new List<Func<int>>();
for (int i = 0; i < 4; i++) fors.Add(() => i);
Console.WriteLine("for: " + string.Join(",", fors.Select(f => f())));
var copies = new List<Func<int>>();
for (int i = 0; i < 4; i++) { int copy = i; copies.Add(() => copy * 10); }
Console.WriteLine("copy: " + string.Join(",", copies.Select(f => f())));
var eaches = new List<Func<string>>();
foreach (var s in new[] { "a", "b", "c" }) eaches.Add(() => s + s);
Console.WriteLine("foreach: " + string.Join(",", eaches.Select(f => f())));
var whiles = new List<Action>();
int k = 0;
while (k < 3) { whiles.Add(() => Console.Write(k + " ")); k++; }
foreach (var a in whiles) a();
Console.WriteLine();
// a closure that mutates the captured variable
int counter = 0;
Action inc = () => counter++;
inc(); inc(); inc();
Console.WriteLine("counter " + counter);
// two lambdas sharing one captured variable
Func<int> get = null!;
Action<int> set = null!;
{
    int shared = 5;
    get = () => shared;
    set = v => shared = v;
}
set(42);
Console.WriteLine("shared " + get());
// capture in nested loop scopes
var grid = new List<Func<string>>();
for (int r = 0; r < 2; r++)
{
    int row = r;
    for (int c = 0; c < 3; c++)
    {
        int col = c;
        grid.Add(() => $"({row},{col})");
    }
}
Console.WriteLine(string.Join(" ", grid.Select(g => g())));
