// closures outliving their scope: captured variables stay alive after the method returns,
// captured struct copies vs captured variables, closures capturing 'this' and parameters,
// lambdas in object initializers and collections, and recursion through a captured delegate
var gens = MakeGenerators(3);
Console.WriteLine(string.Join(",", gens.Select(g => g())) + " " + string.Join(",", gens.Select(g => g())));
var acc = MakeAccumulator();
acc.Add(5); acc.Add(10);
Console.WriteLine(acc.Total() + " " + acc.Count());
var person = new Person("Zed");
var hello = person.Greeter("Hi");
person.Name = "Yan";
Console.WriteLine(hello());
var ops = new Dictionary<string, Func<double, double, double>>
{
    ["add"] = (a, b) => a + b,
    ["pow"] = Math.Pow,
    ["hyp"] = (a, b) => Math.Sqrt(a * a + b * b),
};
foreach (var (k, f) in ops) Console.Write($"{k}={f(3, 4)} ");
Console.WriteLine();
var memo = Memoize<int, long>(x => { Console.Write($"<compute {x}>"); return (long)x * x; });
Console.WriteLine(memo(4) + " " + memo(4) + " " + memo(5));
Func<int, int> collatz = null!;
int steps = 0;
collatz = x => { if (x == 1) return steps; steps++; return collatz(x % 2 == 0 ? x / 2 : 3 * x + 1); };
Console.WriteLine(collatz(27));
var handlers = new List<Func<string>>();
for (int i = 0; i < 3; i++)
{
    var local = new StructBox { V = i };
    handlers.Add(() => { local.V += 10; return local.V.ToString(); });
}
Console.WriteLine(string.Join(",", handlers.Select(h => h())) + " " + string.Join(",", handlers.Select(h => h())));
static List<Func<int>> MakeGenerators(int n)
{
    var list = new List<Func<int>>();
    for (int i = 0; i < n; i++) { int state = i * 100; list.Add(() => state++); }
    return list;
}
static (Action<int> Add, Func<int> Total, Func<int> Count) MakeAccumulator()
{
    int total = 0, count = 0;
    return (x => { total += x; count++; }, () => total, () => count);
}
static Func<T, R> Memoize<T, R>(Func<T, R> f) where T : notnull
{
    var cache = new Dictionary<T, R>();
    return x => cache.TryGetValue(x, out var r) ? r : cache[x] = f(x);
}
struct StructBox { public int V; }
class Person(string name)
{
    public string Name { get; set; } = name;
    public Func<string> Greeter(string greeting) => () => $"{greeting}, {Name}";
}
