/** Import messages (issue 12), merged into the panel's catalog. */

export const zh = {
  sheet_unreadable: '无法读取该文件：请上传 Excel 文件（.xlsx）或 CSV 文件',
  sheet_empty: '文件中没有数据：第一行应为列名，从第二行起每行一条记录',
  sheet_too_big: '文件超过 %{limit} 行，请分成几个文件导入',
  sheet_too_large: '文件不能超过 %{limit} MB，这个有 %{size} MB',
  import_file_missing: '请选择要导入的文件',
  import_failed: '有 %{count} 行无法导入，未写入任何记录：请按错误列表修改后重新导入，或选择跳过有误的行',
  import_bad_option: '导入选项“%{option}”的值无效：%{value}',
  import_unknown_column: '无法识别的列“%{column}”：请使用模板中的列名',
  import_missing_column: '缺少必填列“%{column}”',
  import_duplicate_column: '列“%{column}”出现了不止一次',
  import_not_found: '找不到“%{value}”（%{resource}）：请填写已有记录的名称或编码',
  import_ambiguous: '“%{value}”对应多条%{resource}记录，请改填编码',
  import_exists: '已有相同%{key}的记录，“仅新增”模式不会修改它',
  import_no_match: '没有%{key}相同的记录可供更新',
  import_no_key: '%{resource}没有可用于匹配的列，只能新增',
  import_key_missing: '用于匹配已有记录的列（%{key}）未填写',
  import_same_key: '与第 %{row} 行的%{key}相同',
  import_long_number: '数字位数过多，Excel 已丢失末尾几位：请将该列设为“文本”格式后重新填写',
  id_mismatch: '与身份证号不符（身份证号为 %{expected}）',
  import_reason_column: '错误原因',
  import_job_unknown: '没有这个导入任务',
};

export const en: Record<keyof typeof zh, string> = {
  sheet_unreadable: 'The file cannot be read: upload an Excel workbook (.xlsx) or a CSV file',
  sheet_empty: 'The file holds no data: row 1 names the columns, each row after it is one record',
  sheet_too_big: 'The file has more than %{limit} rows: split it into several files',
  sheet_too_large: 'The file may be at most %{limit} MB; this one is %{size} MB',
  import_file_missing: 'Choose a file to import',
  import_failed:
    '%{count} rows cannot be imported, so nothing was written: fix them and import again, or skip the invalid rows',
  import_bad_option: 'The import option "%{option}" cannot be "%{value}"',
  import_unknown_column: 'Unknown column "%{column}": use the column names of the template',
  import_missing_column: 'The required column "%{column}" is missing',
  import_duplicate_column: 'The column "%{column}" appears more than once',
  import_not_found: 'No %{resource} named "%{value}": give the name or code of an existing record',
  import_ambiguous: '"%{value}" names several %{resource}: give the code instead',
  import_exists: 'A record with the same %{key} exists; insert mode does not change it',
  import_no_match: 'No record with this %{key} to update',
  import_no_key: '%{resource} has no column to match existing records by: rows can only be added',
  import_key_missing: 'The column that matches existing records (%{key}) is empty',
  import_same_key: 'Same %{key} as row %{row}',
  import_long_number:
    'Too many digits: Excel dropped the last ones. Format the column as Text and type it again',
  id_mismatch: 'Does not match the ID number (which gives %{expected})',
  import_reason_column: 'Reason',
  import_job_unknown: 'No such import job',
};

declare module '../panel/messages' {
  interface MessageCodes {
    imports: keyof typeof zh;
  }
}
