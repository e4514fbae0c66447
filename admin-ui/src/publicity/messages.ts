/**
 * Texts of the publicity screens (`app.publicity_pages.*`), and the rich-text editor's own buttons
 * (`ra.tiptap.*`, which react-admin's catalogs do not carry); the same keys in both languages.
 */
const zh = {
  menu: { drafts: '待发布故事' },
  drafts: { title: '待发布的榜样故事', updated: '最后修改', actions: '操作' },
  editor: {
    insert_image: '插入图片',
    upload_cover: '上传封面',
    remove_cover: '移除封面',
    image_rules: 'JPG、PNG、WebP 或 GIF，不超过 5 MB',
  },
  preview: {
    button: '预览',
    title: '预览：%{title}',
    saved_only: '按公开页面的样式显示已保存的内容；未保存的修改请先保存。',
  },
};

const tiptapZh = {
  align_left: '左对齐',
  align_right: '右对齐',
  align_center: '居中',
  align_justify: '两端对齐',
  bold: '加粗',
  italic: '斜体',
  underline: '下划线',
  strike: '删除线',
  code: '代码',
  color: '颜色',
  highlight: '高亮',
  list_bulleted: '项目符号列表',
  list_numbered: '编号列表',
  link: '链接',
  image: '图片',
  image_dialog: '图片地址',
  blockquote: '引用',
  clear_format: '清除格式',
  select_level: '选择段落级别',
  current_level: '当前级别',
  paragraph: '正文',
  heading1: '标题 1',
  heading2: '标题 2',
  heading3: '标题 3',
  heading4: '标题 4',
  heading5: '标题 5',
  heading6: '标题 6',
};

type Messages = typeof zh;

const en: Messages = {
  menu: { drafts: 'Drafts to publish' },
  drafts: { title: 'Stories awaiting publication', updated: 'Last changed', actions: 'Actions' },
  editor: {
    insert_image: 'Insert image',
    upload_cover: 'Upload cover',
    remove_cover: 'Remove cover',
    image_rules: 'JPG, PNG, WebP or GIF, up to 5 MB',
  },
  preview: {
    button: 'Preview',
    title: 'Preview: %{title}',
    saved_only: 'The saved story as the public page shows it; save your changes first.',
  },
};

const tiptapEn: typeof tiptapZh = {
  align_left: 'Align left',
  align_right: 'Align right',
  align_center: 'Center',
  align_justify: 'Justify',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strike: 'Strikethrough',
  code: 'Code',
  color: 'Color',
  highlight: 'Highlight',
  list_bulleted: 'Bulleted list',
  list_numbered: 'Numbered list',
  link: 'Link',
  image: 'Image',
  image_dialog: 'Image URL',
  blockquote: 'Blockquote',
  clear_format: 'Clear format',
  select_level: 'Select level',
  current_level: 'Current level',
  paragraph: 'Normal',
  heading1: 'Heading 1',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  heading4: 'Heading 4',
  heading5: 'Heading 5',
  heading6: 'Heading 6',
};

export const publicityMessages = {
  zh: { app: { publicity_pages: zh }, ra: { tiptap: tiptapZh } },
  en: { app: { publicity_pages: en }, ra: { tiptap: tiptapEn } },
};
