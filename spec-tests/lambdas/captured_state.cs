// lambdas over structs and ref locals, closures capturing 'this', and deferred LINQ capture
var acc = new Accumulator(3);
Console.WriteLine(string.Join(",", acc.Scale(new[] { 1, 2, 3 })));
acc.Factor = 5;
var scaler = acc.MakeScaler();
Console.WriteLine(scaler(4));
acc.Factor = 7;
Console.WriteLine(scaler(4));
int threshold = 2;
var query = new[] { 1, 2, 3, 4, 5 }.Where(x => x > threshold);
threshold = 3;
Console.WriteLine(string.Join(",", query));
threshold = 0;
Console.WriteLine(query.Count());
var p = new Point { X = 1, Y = 2 };
Func<Point, int> sum = q => q.X + q.Y;
p.X = 10;
Console.WriteLine(sum(p));
Func<int> capturedStruct = () => p.X * 100 + p.Y;
p.Y = 9;
Console.WriteLine(capturedStruct());
var list = new List<Action>();
string text = "start";
list.Add(() => text += "-a");
list.Add(() => text += "-b");
list.Add(() => Console.WriteLine(text));
foreach (var a in list) a();
foreach (var a in list) a();
struct Point { public int X, Y; }
class Accumulator
{
    public int Factor;
    public Accumulator(int f) => Factor = f;
    public IEnumerable<int> Scale(int[] xs) => xs.Select(x => x * Factor);
    public Func<int, int> MakeScaler() => x => x * Factor;
}
