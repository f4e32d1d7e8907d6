// virtual/override/new/sealed/abstract: dispatch through base and derived references,
// hiding with new, sealed overrides, base calls chaining, abstract members, and properties
Animal[] zoo = { new Dog(), new Puppy(), new Cat(), new Lion() };
foreach (var a in zoo) Console.WriteLine($"{a.GetType().Name}: {a.Speak()} | {a.Kind} | {a.Legs()} | {a.Describe()}");
Cat c = new Lion();
Console.WriteLine(c.Speak() + " " + ((Animal)c).Speak() + " " + ((Lion)c).Speak());
Console.WriteLine(c.Name() + " " + ((Lion)c).Name() + " " + ((Animal)c).Name());
Dog p = new Puppy();
Console.WriteLine(p.Speak() + " " + p.Legs());
Shape[] shapes = { new Square(2), new Circle(1) };
foreach (var s in shapes) Console.WriteLine($"{s} area={s.Area():F3} twice={s.Twice():F3}");
abstract class Animal
{
    public abstract string Speak();
    public virtual string Kind => "animal";
    public virtual int Legs() => 4;
    public string Name() => "Animal";
    public string Describe() => $"{Kind}/{Speak()}";
}
class Dog : Animal
{
    public override string Speak() => "Woof";
    public override string Kind => "dog";
}
class Puppy : Dog
{
    public sealed override string Speak() => "Yip (" + base.Speak() + ")";
    public new int Legs() => 3;
}
class Cat : Animal
{
    public override string Speak() => "Meow";
    public new virtual string Name() => "Cat";
}
class Lion : Cat
{
    public new string Speak() => "Roar";
    public override string Name() => "Lion(" + base.Name() + ")";
    public override string Kind => "big " + base.Kind;
}
abstract class Shape
{
    public abstract double Area();
    public double Twice() => 2 * Area();
    public override string ToString() => GetType().Name;
}
sealed class Square(double side) : Shape { public override double Area() => side * side; }
sealed class Circle(double r) : Shape
{
    public override double Area() => Math.PI * r * r;
    public override string ToString() => "Circle r=" + r;
}
