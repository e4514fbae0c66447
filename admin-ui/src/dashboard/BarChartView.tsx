/** The chart itself (recharts), loaded apart so the dashboard's figures show before it arrives. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface BarChartViewProps {
  data: { name: string; value: number }[];
  /** What the bars count, for the tooltip. */
  valueLabel: string;
  line?: number;
  height: number;
  slanted: boolean;
}

const BarChartView = ({ data, valueLabel, line, height, slanted }: BarChartViewProps) => (
  <ResponsiveContainer width="100%" height={height}>
    <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="name"
        interval={0}
        tick={{ fontSize: 12 }}
        {...(slanted && { angle: -60, textAnchor: 'end', height: 72 })}
      />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
      <Tooltip />
      <Bar dataKey="value" name={valueLabel} fill="#1976d2" isAnimationActive={false} />
      {line !== undefined && <ReferenceLine y={line} stroke="#d32f2f" strokeDasharray="4 4" />}
    </BarChart>
  </ResponsiveContainer>
);

export default BarChartView;
