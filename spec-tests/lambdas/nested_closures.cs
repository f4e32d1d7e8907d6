// nested closures, closures returning closures, currying, and recursion via a local function
static Func<int, Func<int, int>> Adder() => x => y => x + y;
Console.WriteLine(Adder()(3)(4));
Func<int, Func<int>> makeCounter = start =>
{
    int n = start;
    return () => n++;
};
var c1 = makeCounter(10);
var c2 = makeCounter(100);
Console.WriteLine($"{c1()} {c1()} {c2()} {c1()} {c2()}");
int outer = 1;
Func<int, int> f = a =>
{
    int mid = a * 2;
    Func<int, int> g = b =>
    {
        outer++;
        return outer + mid + b;
    };
    return g(a) + g(a + 1);
};
Console.WriteLine(f(5) + " outer=" + outer);
Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (p, q) => v => q(p(v));
var inc = new Func<int, int>(v => v + 1);
var dbl = new Func<int, int>(v => v * 2);
Console.WriteLine(compose(inc, dbl)(5) + " " + compose(dbl, inc)(5));
int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
Console.WriteLine(string.Join(",", Enumerable.Range(0, 12).Select(Fib)));
int total = 0;
void AddAll(IEnumerable<int> xs) { foreach (var x in xs) Add(x); }
void Add(int x) => total += x;
AddAll(new[] { 1, 2, 3, 4 });
Console.WriteLine("total " + total);
var actions = new Action[3];
for (int i = 0; i < 3; i++)
{
    int j = i;
    actions[i] = () =>
    {
        Action inner = () => Console.Write($"[{j}:{total}]");
        total += 100;
        inner();
    };
}
foreach (var a in actions) a();
Console.WriteLine();
Func<int, int> fact = null!;
fact = n => n <= 1 ? 1 : n * fact(n - 1);
Console.WriteLine(fact(10));
