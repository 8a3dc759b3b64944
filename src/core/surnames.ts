/**
 * Chinese family names: the common single-character surnames (the 百家姓 and the modern
 * frequency lists, about 390 names covering well over 99% of people) and the compound
 * surnames, each in simplified and traditional script. A person named in a report begins with
 * one of these, which tells a name from a word in the same place (应当, 人民, 为主体).
 *
 * Left out on purpose: single surnames that are far more often a function word or a common
 * morpheme at the start of a phrase than a family name (和, 时, 但, 由, 於, 都, 来, 那, 国, 明,
 * 平, 海, 全, 相, 原, 利, 公, 元, 干, 展, 斯). A real person with one of these is still read when
 * a post precedes the name (国务院副总理…), since the post, not the surname, marks the name.
 */
const SINGLE_SIMPLIFIED =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛从仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰卿狄晋容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危银亢嵇哈湛宾戎勾茅揭尉束檀衣信阴昝智幸奉植衡富尧闭习回郦郇隗訾蓬钮酆帖蹇暴甯靖粱逄';
// The traditional forms of the names above that differ from them (the surnames 于, 余, 范, 游,
// 涂, 岳, 党, 谷 and 郁 keep their simplified form in traditional script).
const SINGLE_TRADITIONAL =
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽農繆簡車項連蘆麥婁竇宮費衞衛溫應閔鄔邊師欒榮叢從鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲闞權強帥樸蓋練豐晉闕烏況鮮諸戰銀賓陰堯閉習酈鈕';
const COMPOUND =
  '欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 司徒 尉迟 长孙 宇文 夏侯 公孙 轩辕 端木 澹台 公羊 南宫 西门 独孤 万俟 申屠 闻人 东郭 呼延 拓跋 钟离 宗政 濮阳 太史 司空 仲孙 赫连 完颜 鲜于 闾丘 公冶 左丘 谷梁 百里 ' +
  '歐陽 司馬 諸葛 東方 尉遲 長孫 公孫 軒轅 南宮 西門 獨孤 聞人 東郭 鍾離 濮陽 仲孫 赫連 完顏 鮮于 閭丘 穀梁 澹臺';

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set([...SINGLE_SIMPLIFIED, ...SINGLE_TRADITIONAL]);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND.split(' '));

/**
 * Tibetan personal names have no family name: they are one or two two-character words, and
 * these common ones open a name (扎西, 洛桑江村, 白玛赤林), in the place a family name takes.
 */
const TIBETAN =
  '扎西 次仁 达瓦 達瓦 格桑 洛桑 尼玛 尼瑪 多吉 旦增 丹增 平措 索朗 白玛 白瑪 巴桑 普布 拉巴 贡嘎 貢嘎 强巴 強巴 顿珠 頓珠 益西 仁青 边巴 邊巴 罗布 羅布 央金 卓玛 卓瑪 德吉 曲珍 次旦 向巴';
export const NAME_OPENING_WORDS: ReadonlySet<string> = new Set(TIBETAN.split(' '));
